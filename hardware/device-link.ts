// Device URIs (`tcp://HOST:PORT`, `serial:PATH?baud=N`, `file:PATH`) and the byte links behind them:
// one small duplex interface over TCP, serial ports and device files, with clean errors on unplug.
import net from 'node:net';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import { err, ok, type AppError, type Result } from '../core/result';

export type DeviceUri = { kind: 'tcp'; host: string; port: number } | { kind: 'serial'; path: string; baud: number } | { kind: 'file'; path: string };

export function parseDeviceUri(uri: string, defaults: { tcpPort?: number; baud?: number } = {}): Result<DeviceUri> {
  const trimmed = uri.trim();
  if (trimmed === '') return err('not_configured', 'no device URI configured');
  const tcp = /^tcp:\/\/(\[[^\]]+\]|[^/:]+)(?::(\d{1,5}))?\/?$/i.exec(trimmed);
  if (tcp) {
    const port = tcp[2] ? Number(tcp[2]) : defaults.tcpPort;
    if (port === undefined || port < 1 || port > 65535) return err('invalid_args', `invalid TCP port in ${uri}`);
    return ok({ kind: 'tcp', host: (tcp[1] as string).replace(/^\[|\]$/g, ''), port });
  }
  const serial = /^serial:([^?]+)(?:\?(.*))?$/i.exec(trimmed);
  if (serial) {
    const params = new URLSearchParams(serial[2] ?? '');
    const baud = params.has('baud') ? Number(params.get('baud')) : (defaults.baud ?? 9600);
    if (!Number.isInteger(baud) || baud < 300 || baud > 4_000_000) return err('invalid_args', `invalid baud rate in ${uri}`);
    return ok({ kind: 'serial', path: serial[1] as string, baud });
  }
  const file = /^file:(?:\/\/)?(.+)$/i.exec(trimmed);
  if (file) return ok({ kind: 'file', path: file[1] as string });
  return err('invalid_args', `unsupported device URI "${uri}" (use tcp://HOST:PORT, serial:PATH?baud=N or file:PATH)`);
}

export function formatDeviceUri(d: DeviceUri): string {
  if (d.kind === 'tcp') return `tcp://${d.host.includes(':') ? `[${d.host}]` : d.host}:${d.port}`;
  if (d.kind === 'serial') return `serial:${d.path}?baud=${d.baud}`;
  return `file:${d.path}`;
}

/** A duplex byte connection to a device. `closed` resolves once, with the reason when it was not our own close(). */
export interface ByteLink {
  readonly description: string;
  /** False for device files, which cannot answer. */
  readonly readable: boolean;
  write(data: Uint8Array): Promise<Result<void>>;
  onData(listener: (chunk: Buffer) => void): () => void;
  readonly closed: Promise<AppError | null>;
  isOpen(): boolean;
  close(): Promise<void>;
}

interface LinkCore {
  emit(chunk: Buffer): void;
  finish(reason: AppError | null): void;
  link: Omit<ByteLink, 'write' | 'close'>;
  isClosed(): boolean;
}

function linkCore(description: string, readable: boolean): LinkCore {
  const listeners = new Set<(chunk: Buffer) => void>();
  let done = false;
  let resolveClosed: (r: AppError | null) => void = () => {};
  const closed = new Promise<AppError | null>((r) => (resolveClosed = r));
  return {
    emit: (chunk) => listeners.forEach((l) => l(chunk)),
    finish(reason) {
      if (done) return;
      done = true;
      resolveClosed(reason);
    },
    isClosed: () => done,
    link: {
      description,
      readable,
      closed,
      isOpen: () => !done,
      onData(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}

const disconnected = (description: string, cause?: unknown): AppError => ({
  code: 'device_disconnected',
  message: `${description} disconnected${cause instanceof Error ? `: ${cause.message}` : ''}`,
});

/** Wraps a connected socket (ours or one a simulator accepted) as a ByteLink. */
export function socketLink(socket: net.Socket, description: string): ByteLink {
  const core = linkCore(description, true);
  let closing = false;
  socket.on('data', (c: Buffer) => core.emit(c));
  socket.on('error', (e) => core.finish(disconnected(description, e)));
  socket.on('close', () => core.finish(closing ? null : disconnected(description)));
  return {
    ...core.link,
    write: (data) =>
      new Promise<Result<void>>((res) => {
        if (core.isClosed() || socket.destroyed) return res(err(disconnected(description)));
        socket.write(data, (e) => res(e ? err(disconnected(description, e)) : ok(undefined)));
      }),
    close: async () => {
      closing = true;
      if (!socket.destroyed) socket.destroy();
      core.finish(null);
    },
  };
}

function openTcp(d: Extract<DeviceUri, { kind: 'tcp' }>, timeoutMs: number): Promise<Result<ByteLink>> {
  const description = formatDeviceUri(d);
  return new Promise((resolve) => {
    const socket = net.connect({ host: d.host, port: d.port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(err('device_unreachable', `${description}: no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('error', (e) => {
      clearTimeout(timer);
      resolve(err('device_unreachable', `${description}: ${e.message}`));
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(ok(socketLink(socket, description)));
    });
  });
}

/** Wraps an open serial port as a ByteLink. */
export function serialPortLink(port: SerialPort, description: string): ByteLink {
  const core = linkCore(description, true);
  let closing = false;
  port.on('data', (c: Buffer) => core.emit(c));
  port.on('error', (er) => core.finish(disconnected(description, er)));
  port.on('close', (er: unknown) => core.finish(closing ? null : disconnected(description, er)));
  return {
    ...core.link,
    write: (data) =>
      new Promise<Result<void>>((res) => {
        if (core.isClosed() || !port.isOpen) return res(err(disconnected(description)));
        port.write(Buffer.from(data), (we) => {
          if (we) return res(err(disconnected(description, we)));
          port.drain((de) => res(de ? err(disconnected(description, de)) : ok(undefined)));
        });
      }),
    close: () =>
      new Promise<void>((res) => {
        closing = true;
        if (!port.isOpen) {
          core.finish(null);
          return res();
        }
        port.close(() => {
          core.finish(null);
          res();
        });
      }),
  };
}

export function openSerialPort(path: string, baudRate: number): Promise<Result<SerialPort>> {
  return new Promise((resolve) => {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    port.open((e) => (e ? resolve(err('device_unreachable', `serial:${path}: ${e.message}`)) : resolve(ok(port))));
  });
}

async function openSerial(d: Extract<DeviceUri, { kind: 'serial' }>): Promise<Result<ByteLink>> {
  const port = await openSerialPort(d.path, d.baud);
  if (!port.ok) return port;
  return ok(serialPortLink(port.value, formatDeviceUri(d)));
}

async function openDeviceFile(d: Extract<DeviceUri, { kind: 'file' }>): Promise<Result<ByteLink>> {
  const description = formatDeviceUri(d);
  let handle: FileHandle;
  try {
    // 'a' appends to a regular file and writes straight through to a character device (/dev/usb/lp0).
    handle = await openFile(d.path, 'a');
  } catch (e) {
    return err('device_unreachable', `${description}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const core = linkCore(description, false);
  return ok({
    ...core.link,
    async write(data) {
      if (core.isClosed()) return err(disconnected(description));
      try {
        await handle.write(data);
        return ok(undefined);
      } catch (e) {
        core.finish(disconnected(description, e));
        return err(disconnected(description, e));
      }
    },
    async close() {
      core.finish(null);
      await handle.close().catch(() => {});
    },
  });
}

export function openLink(d: DeviceUri, options: { connectTimeoutMs?: number } = {}): Promise<Result<ByteLink>> {
  if (d.kind === 'tcp') return openTcp(d, options.connectTimeoutMs ?? 3000);
  if (d.kind === 'serial') return openSerial(d);
  return openDeviceFile(d);
}

/** Lists serial ports; without udev (containers) `SerialPort.list()` throws, which is not an error for the till. */
export async function listSerialPorts(): Promise<{ path: string; manufacturer: string | null }[]> {
  try {
    const ports = await SerialPort.list();
    return ports.map((p) => ({ path: p.path, manufacturer: p.manufacturer ?? null }));
  } catch {
    return [];
  }
}
