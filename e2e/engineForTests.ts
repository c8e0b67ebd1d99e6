/** The engine and the store's pure edits, for computing what the page must show. */
export * from '../src/engine';
export { setWeight as setWeightForTest } from '../src/store/networkEdits';
