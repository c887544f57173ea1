// Entry of search/search-ui.js (bundled as a classic script at build; see src/integrations/offline.ts).
import { startSearchPage } from './ui.ts';

void startSearchPage();
