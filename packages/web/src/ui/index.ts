export { ProblemAlert } from './problem-alert.js';
export { StatCard } from './stat-card.js';
export { LanguageSwitch } from './language-switch.js';
