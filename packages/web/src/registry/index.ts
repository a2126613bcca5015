export { DashboardPage } from './dashboard-page.js';
export { FamilyPage } from './family-page.js';
export { PersonPage } from './person-page.js';
export { SearchPage } from './search-page.js';
