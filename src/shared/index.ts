export { merge, shallowEqual } from './objects';
