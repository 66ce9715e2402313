import { autocomplete, chatInput, messageCommand } from './interactions.js';

type Raw = Record<string, unknown>;

export interface MalformedCase {
  readonly name: string;
  /** The field the refusal must name. */
  readonly field: string;
  readonly payload: Raw;
}

export interface Builders {
  readonly chatInput: () => Raw;
  readonly messageCommand: () => Raw;
  readonly autocomplete: () => Raw;
}

const DEFAULT_BUILDERS: Builders = {
  chatInput: () => copy(chatInput('cloud', { company: 'openai' })),
  messageCommand: () => copy(messageCommand('who uses azure?')),
  autocomplete: () => copy(autocomplete('cloud', 'company', 'open')),
};

function copy(value: unknown): Raw {
  return JSON.parse(JSON.stringify(value)) as Raw;
}

function edit(raw: Raw, change: (raw: Raw, data: Raw) => void): Raw {
  const data = (raw.data ?? {}) as Raw;
  change(raw, data);
  return raw;
}

/**
 * Interactions as a hostile or broken peer could send them, each a well-formed one with one thing
 * wrong: the packets that killed the gateway bot (issue 10) and their neighbours.
 */
export function malformedInteractions(build: Builders = DEFAULT_BUILDERS): MalformedCase[] {
  return [
    { name: 'a command without data', field: 'data', payload: edit(build.chatInput(), (r) => delete r.data) },
    { name: 'data: null', field: 'data', payload: edit(build.chatInput(), (r) => (r.data = null)) },
    {
      name: 'member.user: null',
      field: 'member.user',
      payload: edit(build.chatInput(), (r) => ((r.member as Raw).user = null)),
    },
    { name: 'member: null', field: 'member', payload: edit(build.chatInput(), (r) => (r.member = null)) },
    {
      name: 'options as an object',
      field: 'data.options',
      payload: edit(build.chatInput(), (_, d) => (d.options = { company: 'openai' })),
    },
    {
      name: 'an option that is null',
      field: 'data.options',
      payload: edit(build.chatInput(), (_, d) => (d.options = [null])),
    },
    {
      name: 'a context menu with resolved: null',
      field: 'data.resolved',
      payload: edit(build.messageCommand(), (_, d) => (d.resolved = null)),
    },
    {
      name: 'autocomplete with options: null',
      field: 'data.options',
      payload: edit(build.autocomplete(), (_, d) => (d.options = null)),
    },
    {
      name: 'an unknown type',
      field: 'unknown interaction type',
      payload: edit(build.chatInput(), (r) => (r.type = 99)),
    },
    {
      name: 'an id that is not a snowflake',
      field: 'id',
      payload: edit(build.chatInput(), (r) => (r.id = { $gt: '' })),
    },
  ];
}
