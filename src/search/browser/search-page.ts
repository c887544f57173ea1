// Entry of search/search-ui.js (bundled as a classic script by the post-build; see src/build/bundles.ts).
import { startSearchPage } from './ui.ts';

void startSearchPage();
