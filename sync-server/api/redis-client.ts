// A minimal Redis client (RESP2 over TCP or a unix socket) for the shared rate-limit buckets:
// commands in, replies out, in order. Enough for EVALSHA/SCRIPT LOAD/AUTH/SELECT; no pub/sub.
import { connect, type Socket } from 'node:net';

export type RedisReply = string | number | null | RedisReply[];

export class RedisError extends Error {}

interface Pending {
  resolve: (reply: RedisReply) => void;
  reject: (error: Error) => void;
}

/** Parses one reply from `buffer` at `offset`; null when more bytes are needed. */
function parseReply(buffer: Buffer, offset: number): { value: RedisReply | RedisError; next: number } | null {
  const lineEnd = buffer.indexOf('\r\n', offset);
  if (lineEnd < 0) return null;
  const type = String.fromCharCode(buffer[offset]!);
  const line = buffer.toString('utf8', offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, next: afterLine };
    case '-':
      return { value: new RedisError(line), next: afterLine };
    case ':':
      return { value: Number(line), next: afterLine };
    case '$': {
      const length = Number(line);
      if (length < 0) return { value: null, next: afterLine };
      if (buffer.length < afterLine + length + 2) return null;
      return { value: buffer.toString('utf8', afterLine, afterLine + length), next: afterLine + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, next: afterLine };
      const items: RedisReply[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, next);
        if (!item) return null;
        if (item.value instanceof RedisError) return { value: item.value, next: item.next };
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new RedisError(`unexpected reply type ${JSON.stringify(type)}`);
  }
}

function encode(args: readonly (string | number)[]): string {
  let out = `*${args.length}\r\n`;
  for (const arg of args) {
    const text = String(arg);
    out += `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
  }
  return out;
}

export class RedisClient {
  private socket: Socket | null = null;
  private ready: Promise<void> | null = null;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];

  /** `redis://[user:password@]host[:port][/db]` or `unix:///path/to/redis.sock`. */
  constructor(private readonly url: string, private readonly timeoutMs = 1000) {}

  async command(...args: (string | number)[]): Promise<RedisReply> {
    await this.connect();
    return this.send(args);
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
    this.ready = null;
  }

  private send(args: readonly (string | number)[]): Promise<RedisReply> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new RedisError('not connected'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new RedisError(`redis did not answer within ${this.timeoutMs} ms`));
        this.fail(new RedisError('timed out'));
      }, this.timeoutMs);
      this.pending.push({
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      socket.write(encode(args));
    });
  }

  private connect(): Promise<void> {
    this.ready ??= new Promise<void>((resolve, reject) => {
      const url = new URL(this.url);
      const socket = url.protocol === 'unix:' ? connect(url.pathname) : connect(Number(url.port || 6379), url.hostname || '127.0.0.1');
      socket.setNoDelay(true);
      const onConnectError = (error: Error): void => {
        this.ready = null;
        reject(error);
      };
      socket.once('error', onConnectError);
      socket.once('connect', () => {
        socket.off('error', onConnectError);
        socket.on('error', (error) => this.fail(error));
        socket.on('close', () => this.fail(new RedisError('connection closed')));
        socket.on('data', (chunk) => this.onData(chunk));
        this.socket = socket;
        const password = decodeURIComponent(url.password);
        const user = decodeURIComponent(url.username);
        const db = url.protocol === 'unix:' ? '' : url.pathname.replace(/^\//, '');
        const setup: Promise<RedisReply>[] = [];
        if (password) setup.push(this.send(user ? ['AUTH', user, password] : ['AUTH', password]));
        if (db) setup.push(this.send(['SELECT', db]));
        Promise.all(setup).then(() => resolve(), (error: Error) => {
          this.close();
          reject(error);
        });
      });
    });
    return this.ready;
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    let offset = 0;
    for (;;) {
      const parsed = parseReply(this.buffer, offset);
      if (!parsed) break;
      offset = parsed.next;
      const waiter = this.pending.shift();
      if (parsed.value instanceof RedisError) waiter?.reject(parsed.value);
      else waiter?.resolve(parsed.value);
    }
    this.buffer = this.buffer.subarray(offset);
  }

  private fail(error: Error): void {
    this.socket?.destroy();
    this.socket = null;
    this.ready = null;
    this.buffer = Buffer.alloc(0);
    for (const waiter of this.pending.splice(0)) waiter.reject(error);
  }
}
