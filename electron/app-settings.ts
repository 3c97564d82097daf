// Shell settings of the Electron app (device settings live in the hardware service's own file).
import { Type, type Static } from 'typebox';
import { createJsonFileStore, type JsonFileStore } from '../hardware/json-file-store';

export const AppSettingsSchema = Type.Object(
  {
    /** Full-screen, no window chrome, no escape: for dedicated till hardware. */
    kiosk: Type.Boolean(),
    /** Cloud service the till syncs with (the CSP allows connections to it). */
    serverUrl: Type.String({ maxLength: 300 }),
    /** Also serve the hardware bridge so browser tills on this machine can print. */
    bridgeEnabled: Type.Boolean(),
    bridgePort: Type.Integer({ minimum: 0, maximum: 65535 }),
  },
  { additionalProperties: false },
);
export type AppSettings = Static<typeof AppSettingsSchema>;

export const DEFAULT_APP_SETTINGS: AppSettings = { kiosk: false, serverUrl: 'http://127.0.0.1:8080', bridgeEnabled: false, bridgePort: 17_010 };

export function appSettingsStore(file: string): JsonFileStore<AppSettings> {
  return createJsonFileStore(file, AppSettingsSchema, DEFAULT_APP_SETTINGS);
}

/** `--kiosk` on the command line or POS_KIOSK=1 wins over the saved setting. */
export function kioskRequested(settings: AppSettings, argv: string[], env: Record<string, string | undefined>): boolean {
  return argv.includes('--kiosk') || env.POS_KIOSK === '1' || settings.kiosk;
}
