export { ProblemAlert } from './problem-alert.js';
