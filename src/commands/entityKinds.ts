import type { EntityKind } from '../knowledge/schema.js';
import type { AutocompleteKind } from './commandDefinition.js';

/** Which kinds of entity an entity option accepts, for resolving its value and for autocomplete. */
export const ENTITY_KINDS = {
  cloud: ['cloud'],
  company: ['company', 'group', 'cloud'],
  any: ['company', 'group', 'cloud', 'model'],
} as const satisfies Record<AutocompleteKind, readonly EntityKind[]>;
