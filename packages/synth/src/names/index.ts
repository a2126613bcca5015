export { NameModel, type NameRequest } from './name-model.js';
export { flavours, provinceFlavours, usesSurname, type Flavour } from './flavours.js';
export { givenNameOf } from './leading-tokens.js';
