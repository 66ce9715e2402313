/**
 * The gateway half of the local Discord server: HELLO, heartbeat ACKs, IDENTIFY → READY + GUILD_CREATE,
 * RESUME → replay + RESUMED (or INVALID_SESSION), per-shard sessions, intent filtering, and hooks to drop
 * connections or invalidate sessions mid-test. JSON text frames only (no zlib, no ETF).
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildCreatePayload } from './fixtures.js';
import { shardIdForGuild } from './ids.js';
import type { Json } from './rest.js';
import type { World } from './world.js';

export interface GatewayOptions {
  /** `shards` answered by GET /gateway/bot. */
  shardCount: number;
  heartbeatIntervalMs: number;
  /** When set, IDENTIFY/RESUME with another token is closed with 4004. */
  token?: string | undefined;
  /** Drop events the session's intents do not cover, and blank message content without MESSAGE_CONTENT. */
  enforceIntents: boolean;
  /** Privileged intents the application may use (others → close 4014). */
  allowedPrivilegedIntents: number;
  /** `resume_gateway_url` sent in READY. */
  resumeUrl: () => string;
}

export interface ConnectionRecord {
  id: number;
  openedAt: number;
  /** Request URL as received, e.g. `/?v=10&encoding=json`. */
  url: string;
  path: string;
  query: Record<string, string>;
  closedAt?: number;
  closeCode?: number;
  closedBy?: 'client' | 'server';
}

export interface IdentifyRecord {
  at: number;
  connectionId: number;
  shard: [number, number];
  intents: number;
  token: string;
  properties: Json;
  presence: Json;
  compress: boolean;
  largeThreshold: number | undefined;
  sessionId: string;
}

export interface ResumeRecord {
  at: number;
  connectionId: number;
  sessionId: string;
  seq: number | null;
  accepted: boolean;
  replayed: number;
  shard: [number, number] | undefined;
}

export interface ReceivedPayload {
  at: number;
  connectionId: number;
  op: number;
  d: Json;
  shardId: number | undefined;
}

export interface DispatchResult {
  /** False when the session's intents filter the event out. */
  delivered: boolean;
  shardId: number;
  sessionId: string;
  sequence?: number;
  /** True when the shard's socket is down: the event waits to be replayed on RESUME. */
  queued?: boolean;
  reason?: string;
}

export interface SessionReadyEvent {
  at: number;
  kind: 'identify' | 'resume';
  shard: [number, number];
  sessionId: string;
  connectionId: number;
}

interface StoredEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  token: string;
  seq: number;
  events: StoredEvent[];
  conn: Connection | null;
  invalid: boolean;
  createdAt: number;
}

interface Connection {
  id: number;
  ws: WebSocket;
  record: ConnectionRecord;
  session: Session | null;
  ready: boolean;
  readyAt: number;
  closingByServer: boolean;
  closed: Promise<void>;
}

const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const MAX_STORED_EVENTS = 5000;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

/** The intent an event needs, or undefined when it is always sent. */
function requiredIntent(event: string, data: Obj): { bit: number; name: string } | undefined {
  const inGuild = data.guild_id !== undefined && data.guild_id !== null;
  const I = GatewayIntentBits;
  const pick = (guild: number, dm: number, g: string, d: string) =>
    inGuild ? { bit: guild, name: g } : { bit: dm, name: d };
  if (/^MESSAGE_(CREATE|UPDATE|DELETE|DELETE_BULK)$/.test(event)) {
    return pick(I.GuildMessages, I.DirectMessages, 'GuildMessages', 'DirectMessages');
  }
  if (event.startsWith('MESSAGE_REACTION_')) {
    return pick(
      I.GuildMessageReactions,
      I.DirectMessageReactions,
      'GuildMessageReactions',
      'DirectMessageReactions',
    );
  }
  if (event === 'TYPING_START') {
    return pick(I.GuildMessageTyping, I.DirectMessageTyping, 'GuildMessageTyping', 'DirectMessageTyping');
  }
  if (/^(GUILD_(CREATE|UPDATE|DELETE)|GUILD_ROLE_.*|CHANNEL_(CREATE|UPDATE|DELETE)|THREAD_.*)$/.test(event)) {
    return { bit: I.Guilds, name: 'Guilds' };
  }
  if (/^GUILD_MEMBER_(ADD|UPDATE|REMOVE)$/.test(event)) return { bit: I.GuildMembers, name: 'GuildMembers' };
  if (event === 'PRESENCE_UPDATE') return { bit: I.GuildPresences, name: 'GuildPresences' };
  if (event === 'VOICE_STATE_UPDATE') return { bit: I.GuildVoiceStates, name: 'GuildVoiceStates' };
  return undefined;
}

export class LocalGateway extends EventEmitter {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly connections: ConnectionRecord[] = [];
  readonly received: ReceivedPayload[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly conns = new Set<Connection>();
  private nextConnectionId = 1;
  private sessionCounter = 0;

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
  ) {
    super();
  }

  // -------------------------------------------------------------------------------------------------------
  // Test-facing API

  /**
   * Sends a dispatch event. Without `shardId` it goes to the shard Discord would use: the guild's shard
   * (`(guild_id >> 22) % shard_count`) or shard 0 for DMs and guild-less events. Throws when no client has
   * identified for that shard.
   */
  dispatch(event: string, data: unknown, shardId?: number): DispatchResult {
    const d = obj(data);
    const session = this.sessionFor(d, shardId);
    if (!session) {
      const target = shardId ?? (d.guild_id ? `of guild ${String(d.guild_id)}` : 0);
      throw new Error(
        `localDiscord.dispatch(${event}): no gateway session for shard ${target}; has the client logged in?`,
      );
    }
    this.world.observeDispatch(event, data);
    const base = { shardId: session.shard[0], sessionId: session.id };
    if (this.options.enforceIntents) {
      const needed = requiredIntent(event, d);
      if (needed && !(session.intents & needed.bit)) {
        return { ...base, delivered: false, reason: `the session did not request the ${needed.name} intent` };
      }
      data = this.applyMessageContentIntent(event, d, session);
    }
    const stored = this.send(session, event, data);
    return { ...base, delivered: true, sequence: stored.s, queued: !session.conn?.ready };
  }

  /** Closes every live gateway socket (or one shard's) with `code`; the default 4000 lets clients resume. */
  async closeSockets(code = 4000, options: { shardId?: number; abrupt?: boolean } = {}): Promise<void> {
    const targets = [...this.conns].filter(
      (c) => options.shardId === undefined || c.session?.shard[0] === options.shardId,
    );
    for (const conn of targets) {
      conn.closingByServer = true;
      if (options.abrupt) conn.ws.terminate();
      else conn.ws.close(code, 'local Discord closed the connection');
    }
    await Promise.all(targets.map((c) => c.closed));
  }

  /** Sends op 9 INVALID_SESSION to live sockets; `resumable: false` also forgets their sessions. */
  sendInvalidSession(resumable: boolean, shardId?: number): void {
    for (const conn of this.liveConns(shardId)) {
      this.sendRaw(conn, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
      if (!resumable && conn.session) {
        conn.session.invalid = true;
        conn.session.conn = null;
        conn.session = null;
        conn.ready = false;
      }
    }
  }

  /** Sends op 7 RECONNECT: clients close and resume on a new socket. */
  sendReconnect(shardId?: number): void {
    for (const conn of this.liveConns(shardId)) {
      this.sendRaw(conn, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
    }
  }

  /** True when a socket for `shardId` is open and has been sent READY or RESUMED. */
  isShardReady(shardId = 0): boolean {
    return this.liveConns(shardId).length > 0;
  }

  /** Resolves once a socket for `shardId` is open and ready (immediately if one already is). */
  waitForShardReady(shardId = 0, timeoutMs = 5000): Promise<void> {
    if (this.isShardReady(shardId)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onReady = (event: SessionReadyEvent) => {
        if (event.shard[0] !== shardId) return;
        clearTimeout(timer);
        this.off('sessionReady', onReady);
        resolve();
      };
      const timer = setTimeout(() => {
        this.off('sessionReady', onReady);
        reject(new Error(`waitForShardReady(${shardId}): shard not ready within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('sessionReady', onReady);
    });
  }

  async close(): Promise<void> {
    for (const conn of this.conns) {
      conn.closingByServer = true;
      conn.ws.terminate();
    }
    await Promise.all([...this.conns].map((c) => c.closed));
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.removeAllListeners();
  }

  // -------------------------------------------------------------------------------------------------------
  // Connections

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: ConnectionRecord = {
      id: this.nextConnectionId++,
      openedAt: Date.now(),
      url: req.url ?? '/',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
    };
    this.connections.push(record);
    let markClosed: () => void = () => {};
    const conn: Connection = {
      id: record.id,
      ws,
      record,
      session: null,
      ready: false,
      readyAt: 0,
      closingByServer: false,
      closed: new Promise((resolve) => {
        markClosed = resolve;
      }),
    };
    this.conns.add(conn);

    ws.on('close', (code) => {
      record.closedAt = Date.now();
      record.closeCode = code;
      record.closedBy = conn.closingByServer ? 'server' : 'client';
      this.conns.delete(conn);
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // Discord ends the session when the client closes normally (1000/1001), e.g. client.destroy().
        if (!conn.closingByServer && (code === 1000 || code === 1001)) session.invalid = true;
      }
      conn.ready = false;
      markClosed();
      this.emit('connectionClosed', record);
    });
    ws.on('error', () => {
      /* closed right after; nothing to do */
    });
    ws.on('message', (raw, isBinary) => this.onMessage(conn, raw as Buffer, isBinary));

    if (record.query.v !== '10') {
      this.closeWith(conn, 4012, 'Invalid API version (local server speaks v10)');
      return;
    }
    if ((record.query.encoding ?? 'json') !== 'json' || record.query.compress !== undefined) {
      this.closeWith(conn, 4002, 'The local server supports encoding=json without compress only');
      return;
    }
    this.sendRaw(conn, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['local-discord'] },
      s: null,
      t: null,
    });
    this.emit('connection', record);
  }

  private closeWith(conn: Connection, code: number, reason: string): void {
    conn.closingByServer = true;
    conn.ws.close(code, reason);
  }

  private liveConns(shardId: number | undefined): Connection[] {
    return [...this.conns].filter(
      (c) =>
        c.ready &&
        c.session &&
        !c.session.invalid &&
        (shardId === undefined || c.session.shard[0] === shardId),
    );
  }

  private sendRaw(conn: Connection, payload: unknown): void {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(payload));
  }

  private onMessage(conn: Connection, raw: Buffer, isBinary: boolean): void {
    let payload: Obj;
    try {
      if (isBinary) throw new Error('binary frame');
      payload = obj(JSON.parse(raw.toString('utf8')));
    } catch {
      this.closeWith(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = Number(payload.op);
    this.received.push({
      at: Date.now(),
      connectionId: conn.id,
      op,
      d: payload.d,
      shardId: conn.session?.shard[0],
    });

    if (
      !conn.session &&
      op !== GatewayOpcodes.Heartbeat &&
      op !== GatewayOpcodes.Identify &&
      op !== GatewayOpcodes.Resume
    ) {
      this.closeWith(conn, 4003, 'Not authenticated.');
      return;
    }
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.sendRaw(conn, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(conn, obj(payload.d));
        return;
      case GatewayOpcodes.Resume:
        this.onResume(conn, obj(payload.d));
        return;
      case GatewayOpcodes.RequestGuildMembers:
        this.onRequestGuildMembers(conn, obj(payload.d));
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestSoundboardSounds:
        return;
      default:
        this.closeWith(conn, 4001, 'Unknown opcode.');
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Sessions

  private onIdentify(conn: Connection, d: Obj): void {
    if (conn.session) {
      this.closeWith(conn, 4005, 'Already authenticated.');
      return;
    }
    const token = String(d.token ?? '');
    if (this.options.token !== undefined && token !== this.options.token) {
      this.closeWith(conn, 4004, 'Authentication failed.');
      return;
    }
    const shard: [number, number] =
      Array.isArray(d.shard) && d.shard.length === 2 ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      this.closeWith(conn, 4010, 'Invalid shard.');
      return;
    }
    const intents = Number(d.intents ?? 0);
    if (intents & PRIVILEGED_INTENTS & ~this.options.allowedPrivilegedIntents) {
      this.closeWith(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    this.sessionCounter += 1;
    const session: Session = {
      id: `local${this.sessionCounter.toString(16).padStart(4, '0')}${Math.random().toString(16).slice(2, 26)}`,
      shard,
      intents,
      token,
      seq: 0,
      events: [],
      conn,
      invalid: false,
      createdAt: Date.now(),
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.identifies.push({
      at: Date.now(),
      connectionId: conn.id,
      shard,
      intents,
      token,
      properties: d.properties,
      presence: d.presence,
      compress: d.compress === true,
      largeThreshold: typeof d.large_threshold === 'number' ? d.large_threshold : undefined,
      sessionId: session.id,
    });

    const guilds = this.world.guilds.filter((g) => shardIdForGuild(g.id, shard[1]) === shard[0]);
    conn.ready = true;
    conn.readyAt = Date.now();
    this.send(session, 'READY', {
      v: 10,
      user_settings: {},
      user: this.world.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.options.resumeUrl(),
      shard,
      application: { id: this.world.applicationId, flags: this.world.application.flags ?? 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      auth: {},
      _trace: ['local-discord'],
    });
    if (intents & GatewayIntentBits.Guilds) {
      for (const guild of guilds) this.send(session, 'GUILD_CREATE', guildCreatePayload(guild));
    }
    this.emitReady(conn, 'identify');
  }

  private onResume(conn: Connection, d: Obj): void {
    const sessionId = String(d.session_id ?? '');
    const session = this.sessions.get(sessionId);
    const seq = typeof d.seq === 'number' ? d.seq : null;
    const record: ResumeRecord = {
      at: Date.now(),
      connectionId: conn.id,
      sessionId,
      seq,
      accepted: false,
      replayed: 0,
      shard: session?.shard,
    };
    this.resumes.push(record);
    if (conn.session && conn.session !== session) {
      this.closeWith(conn, 4005, 'Already authenticated.');
      return;
    }
    if (!session || session.invalid || String(d.token ?? '') !== session.token) {
      this.sendRaw(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const previous = session.conn;
    if (previous && previous !== conn) {
      previous.session = null;
      previous.ready = false;
      previous.closingByServer = true;
      previous.ws.terminate();
    }
    session.conn = conn;
    conn.session = session;
    const missed = session.events.filter((e) => e.s > (seq ?? 0));
    for (const event of missed) this.sendRaw(conn, event);
    record.accepted = true;
    record.replayed = missed.length;
    conn.ready = true;
    conn.readyAt = Date.now();
    this.send(session, 'RESUMED', { _trace: ['local-discord'] });
    this.emitReady(conn, 'resume');
  }

  private onRequestGuildMembers(conn: Connection, d: Obj): void {
    const guild = this.world.guild(String(d.guild_id ?? ''));
    if (!guild || !conn.session) return;
    const userIds = Array.isArray(d.user_ids)
      ? d.user_ids.map(String)
      : typeof d.user_ids === 'string'
        ? [d.user_ids]
        : undefined;
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : Number.POSITIVE_INFINITY;
    const members = guild.members
      .filter((m) =>
        userIds ? userIds.includes(m.user.id) : m.user.username.toLowerCase().startsWith(query),
      )
      .slice(0, limit);
    const chunk: Obj = {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: userIds ? userIds.filter((id) => !members.some((m) => m.user.id === id)) : [],
    };
    if (d.nonce !== undefined) chunk.nonce = d.nonce;
    this.send(conn.session, 'GUILD_MEMBERS_CHUNK', chunk);
  }

  private emitReady(conn: Connection, kind: SessionReadyEvent['kind']): void {
    const session = conn.session;
    if (!session) return;
    const event: SessionReadyEvent = {
      at: Date.now(),
      kind,
      shard: session.shard,
      sessionId: session.id,
      connectionId: conn.id,
    };
    this.emit('sessionReady', event);
  }

  private sessionFor(d: Obj, shardId: number | undefined): Session | undefined {
    const candidates = [...this.sessions.values()].filter((s) => !s.invalid).reverse();
    return candidates.find((s) => {
      const expected =
        shardId ?? (typeof d.guild_id === 'string' ? shardIdForGuild(d.guild_id, s.shard[1]) : 0);
      return s.shard[0] === expected;
    });
  }

  private send(session: Session, event: string, data: unknown): StoredEvent {
    session.seq += 1;
    const stored: StoredEvent = { op: 0, t: event, s: session.seq, d: data };
    session.events.push(stored);
    if (session.events.length > MAX_STORED_EVENTS) session.events.shift();
    if (session.conn?.ready) this.sendRaw(session.conn, stored);
    return stored;
  }

  /** Without MESSAGE_CONTENT, guild messages not from/mentioning the bot arrive with content fields emptied. */
  private applyMessageContentIntent(event: string, d: Obj, session: Session): unknown {
    if (event !== 'MESSAGE_CREATE' && event !== 'MESSAGE_UPDATE') return d;
    if (session.intents & GatewayIntentBits.MessageContent || !d.guild_id) return d;
    const botId = this.world.botUser.id;
    const author = obj(d.author);
    const mentions = Array.isArray(d.mentions) ? d.mentions.map((m) => obj(m).id) : [];
    if (author.id === botId || mentions.includes(botId)) return d;
    return { ...d, content: '', embeds: [], attachments: [], components: [], poll: undefined };
  }
}
