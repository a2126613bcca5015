export { RulesPage } from './rules-page.js';
