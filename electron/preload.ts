// Preload (sandboxed): exposes `window.pos` — one function per hardware channel — and nothing else.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- electron is an optional dependency; without its binary there are no types
// @ts-ignore
import { contextBridge, ipcRenderer } from 'electron';
import { HARDWARE_EVENT_CHANNEL } from './ipc-channel-names';
import { buildPosApi } from './pos-api';

interface IpcRendererLike {
  invoke(channel: string, args: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, message: unknown) => void): void;
}

const ipc = ipcRenderer as IpcRendererLike;

const pos = buildPosApi(
  (channel, args) => ipc.invoke(channel, args),
  (listener) => {
    const wrapped = (_event: unknown, message: unknown) => listener(message);
    ipc.on(HARDWARE_EVENT_CHANNEL, wrapped);
    return () => ipc.removeListener(HARDWARE_EVENT_CHANNEL, wrapped);
  },
);

(contextBridge as { exposeInMainWorld(key: string, api: unknown): void }).exposeInMainWorld('pos', pos);
