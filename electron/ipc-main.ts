// The only place that touches ipcMain: one handler per HardwareApi channel, each checking the sender
// frame before validating args and calling the hardware service.
import { HARDWARE_CHANNELS, HARDWARE_EVENT_NAMES } from '../core/hardware-contract';
import { err, type Result } from '../core/result';
import { dispatchHardware, type HardwareService } from '../hardware/hardware-service';
import { HARDWARE_EVENT_CHANNEL } from './ipc-channel-names';

export interface IpcInvokeEvent {
  senderFrame: { url: string; isMainFrame?: boolean } | null;
}

/** The slice of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, args: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Picks ipcMain out of the electron module, so no other file needs to name it. */
export function ipcMainOf(electronModule: unknown): IpcMainLike {
  return (electronModule as { ipcMain: IpcMainLike }).ipcMain;
}

export function registerHardwareIpc(
  ipcMain: IpcMainLike,
  service: HardwareService,
  isTrusted: (frame: IpcInvokeEvent['senderFrame']) => boolean,
  log: (line: string) => void = () => {},
): () => void {
  for (const channel of HARDWARE_CHANNELS) {
    ipcMain.handle(channel, async (event, args): Promise<Result<unknown>> => {
      if (!isTrusted(event.senderFrame)) {
        log(`refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return err('forbidden_sender', 'hardware calls are only accepted from the till page');
      }
      return dispatchHardware(service.api, channel, args);
    });
  }
  return () => HARDWARE_CHANNELS.forEach((c) => ipcMain.removeHandler(c));
}

/** Forwards hardware events to the window (`send` is webContents.send bound to the till's window). */
export function forwardHardwareEvents(service: HardwareService, send: (channel: string, message: unknown) => void): () => void {
  const offs = HARDWARE_EVENT_NAMES.map((event) => service.on(event, (payload) => send(HARDWARE_EVENT_CHANNEL, { event, payload })));
  return () => offs.forEach((off) => off());
}
