export {
  assertRegionInScope,
  regionInScope,
  requestScope,
  scopedRead,
  wholeInRequestScope,
} from './request-scope.js';
