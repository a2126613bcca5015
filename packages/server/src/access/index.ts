export {
  assertRegionInScope,
  regionInScope,
  requestScope,
  scopedRead,
} from './request-scope.js';
