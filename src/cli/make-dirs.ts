/** Creating a folder and its missing parents: the store's `makeDirs` (see src/store/make-dirs.ts). */
export { makeDirs } from '../store/index.js';
