// The one hardware contract between the till and its devices (Actual Budget style handler map):
// implemented once in hardware/, exposed by Electron preload (`window.pos`) and by the hardware bridge.
// One file on purpose (~400 lines): the device settings and every channel's args, result and events sit
// in one table, so a channel is added, validated and documented in one place (the print documents and
// the receipt order it carries have their own modules).
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { err, ok, type Result } from './result';
import { PrintDocumentSchema } from './print-documents';
import { ReceiptOrderSchema } from './receipt-layout';
import { Currency, Money } from './schema-primitives';

const Empty = Type.Object({}, { additionalProperties: false });

// ---------------------------------------------------------------- device settings

/** Device URIs: `tcp://HOST:PORT`, `serial:PATH?baud=N`, `file:PATH` (printer only). Empty → device not configured. */
export const DeviceUriSchema = Type.String({ maxLength: 300 });

export const BRIDGE_TOKEN_MIN_LENGTH = 24;

/** Serial scale protocols: Mettler Toledo 8217 style (`W`) or Dialog 06 (unit price, EOT ENQ). */
export const ScaleProtocolSchema = Type.Union([Type.Literal('toledo'), Type.Literal('dialog06')]);
export type ScaleProtocol = Static<typeof ScaleProtocolSchema>;

export const BridgeConfigSchema = Type.Object(
  {
    /** IP address of this machine to listen on (e.g. 192.168.1.20); '' = off. */
    host: Type.String({ maxLength: 64, pattern: '^[0-9A-Fa-f.:]*$' }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    token: Type.String({ maxLength: 200, pattern: '^[\\x21-\\x7e]*$' }),
    /** Browser origins allowed to call (e.g. the cloud server's URL the tablet loads the till from). */
    allowedOrigins: Type.Array(Type.String({ maxLength: 300 }), { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type BridgeConfig = Static<typeof BridgeConfigSchema>;

export const HardwareConfigSchema = Type.Object(
  {
    printer: Type.Object(
      {
        uri: DeviceUriSchema,
        /** Characters per line: 42 on 80 mm paper (font A), 32 on 58 mm paper. */
        width: Type.Union([Type.Literal(42), Type.Literal(32)]),
        model: Type.Union([Type.Literal('epson'), Type.Literal('star')]),
        /** Cash drawer wired to the printer's kick connector. */
        drawer: Type.Boolean(),
        /** Drawer kick connector pin: 0 = pin 2, 1 = pin 5. */
        drawerPin: Type.Union([Type.Literal(0), Type.Literal(1)]),
      },
      { additionalProperties: false },
    ),
    terminal: Type.Object(
      {
        uri: DeviceUriSchema,
        /** ZVT password (6 digits, usually 000000). */
        password: Type.String({ pattern: '^[0-9]{6}$' }),
        currency: Currency,
        /** How long to wait for the cardholder before aborting an authorization. */
        timeoutMs: Type.Integer({ minimum: 1000, maximum: 600_000 }),
      },
      { additionalProperties: false },
    ),
    display: Type.Object(
      {
        uri: DeviceUriSchema,
        idleMessage: Type.String({ maxLength: 40 }),
      },
      { additionalProperties: false },
    ),
    scanner: Type.Object(
      {
        /** Serial scanner; keyboard-wedge scanners need no setting (the renderer detects bursts). */
        uri: DeviceUriSchema,
      },
      { additionalProperties: false },
    ),

    /**
     * The hardware bridge on a LAN address, for a browser till on a tablet next to this PC. Absent or host ''
     * → no LAN bridge. A token of at least 24 characters is required; browser origins of the tablet till
     * must be listed (CORS), the token is what protects the devices.
     */
    bridge: Type.Optional(BridgeConfigSchema),
    /** Serial scale for goods sold by weight: `serial:PATH?baud=N` and its protocol (default toledo). Absent → no scale. */
    scale: Type.Optional(Type.Object({ uri: DeviceUriSchema, protocol: Type.Optional(ScaleProtocolSchema) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type HardwareConfig = Static<typeof HardwareConfigSchema>;

export const DEFAULT_HARDWARE_CONFIG: HardwareConfig = {
  printer: { uri: '', width: 42, model: 'epson', drawer: true, drawerPin: 0 },
  terminal: { uri: '', password: '000000', currency: 'EUR', timeoutMs: 120_000 },
  display: { uri: '', idleMessage: 'Welcome' },
  scanner: { uri: '' },
};

// ---------------------------------------------------------------- argument schemas

export const PrintReceiptArgsSchema = Type.Object(
  {
    order: ReceiptOrderSchema,
    /** Kick the drawer after printing (cash sales). */
    openDrawer: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Any printed paper (sale, refund or void receipt, card slip, X/Z report); the layout is core's, the width the printer's. */
export const PrintDocumentArgsSchema = Type.Object(
  {
    document: PrintDocumentSchema,
    /** Kick the drawer after printing (cash refunds, cash voids). */
    openDrawer: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const TerminalAuthorizeArgsSchema = Type.Object(
  {
    /** The till's payment id (`pay_…`): the key of the pending-authorization journal. */
    paymentId: Type.String({ minLength: 1, maxLength: 60 }),
    amount: Type.Integer({ minimum: 1, maximum: 999_999_999 }),
    currency: Currency,
  },
  { additionalProperties: false },
);

export const TerminalReverseArgsSchema = Type.Object(
  {
    paymentId: Type.String({ minLength: 1, maxLength: 60 }),
    /** Terminal receipt number of the authorization to reverse (from `TerminalResult.receiptNumber`). */
    receiptNumber: Type.Integer({ minimum: 0, maximum: 9999 }),
    /** Print the terminal's slip (customer and merchant copy) right here; leave off when the till prints it itself. */
    printSlip: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const TerminalRefundArgsSchema = Type.Object(
  {
    paymentId: Type.String({ minLength: 1, maxLength: 60 }),
    amount: Type.Integer({ minimum: 1, maximum: 999_999_999 }),
    currency: Currency,
    /** Print the terminal's slip (customer and merchant copy) right here; leave off when the till prints it itself. */
    printSlip: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const DisplayShowArgsSchema = Type.Union([
  Type.Object({ kind: Type.Literal('text'), line1: Type.String({ maxLength: 20 }), line2: Type.String({ maxLength: 20 }) }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('item'), name: Type.String({ maxLength: 200 }), amount: Money(), total: Money(), currency: Currency },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('total'), amount: Money(), currency: Currency }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('change'), paid: Money(), change: Money(), currency: Currency }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('idle') }, { additionalProperties: false }),
]);

export const HardwareDeviceSchema = Type.Union([
  Type.Literal('printer'),
  Type.Literal('drawer'),
  Type.Literal('terminal'),
  Type.Literal('display'),
  Type.Literal('scanner'),
]);

export const TestDeviceArgsSchema = Type.Object({ device: HardwareDeviceSchema }, { additionalProperties: false });

export const TerminalResolvePaymentArgsSchema = Type.Object(
  {
    /** The payment to resolve (the one on the till's screen); other pending payments are left alone. */
    paymentId: Type.String({ minLength: 1, maxLength: 60 }),
  },
  { additionalProperties: false },
);

export const ScaleReadArgsSchema = Type.Object(
  {
    /** Container weight to subtract (the product's tare), grams. */
    tareGrams: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    /** Price per kg in minor units: a Dialog 06 scale shows it and computes its own price. */
    pricePerKg: Type.Optional(Type.Integer({ minimum: 0, maximum: 999_999 })),
  },
  { additionalProperties: false },
);

/** Every channel's argument schema: IPC and the bridge validate with these before calling a handler. */
export const hardwareArgSchemas = {
  'printer:print-receipt': PrintReceiptArgsSchema,
  'printer:print-document': PrintDocumentArgsSchema,
  'printer:status': Empty,
  'drawer:open': Empty,
  'terminal:authorize': TerminalAuthorizeArgsSchema,
  'terminal:abort': Empty,
  'terminal:reverse': TerminalReverseArgsSchema,
  'terminal:refund': TerminalRefundArgsSchema,
  'terminal:end-of-day': Empty,
  'terminal:resolve-pending': Empty,
  'terminal:resolve-payment': TerminalResolvePaymentArgsSchema,
  'display:show': DisplayShowArgsSchema,
  'scanner:status': Empty,
  'scale:read-weight': ScaleReadArgsSchema,
  'hardware:get-config': Empty,
  'hardware:set-config': HardwareConfigSchema,
  'hardware:test-device': TestDeviceArgsSchema,
  'hardware:list-ports': Empty,
  'hardware:list-addresses': Empty,
} satisfies Record<string, TSchema>;

export type HardwareChannel = keyof typeof hardwareArgSchemas;
export const HARDWARE_CHANNELS = Object.keys(hardwareArgSchemas) as HardwareChannel[];
export type HardwareArgs<K extends HardwareChannel> = Static<(typeof hardwareArgSchemas)[K]>;

export type PrintReceiptArgs = HardwareArgs<'printer:print-receipt'>;
export type PrintDocumentArgs = HardwareArgs<'printer:print-document'>;
export type TerminalAuthorizeArgs = HardwareArgs<'terminal:authorize'>;
export type TerminalReverseArgs = HardwareArgs<'terminal:reverse'>;
export type TerminalRefundArgs = HardwareArgs<'terminal:refund'>;
export type TerminalResolvePaymentArgs = HardwareArgs<'terminal:resolve-payment'>;
export type DisplayShowArgs = HardwareArgs<'display:show'>;
export type HardwareDevice = Static<typeof HardwareDeviceSchema>;

// ---------------------------------------------------------------- results

export interface PrinterStatus {
  /** False when the printer did not answer the status query (unplugged, powered off, wrong port). */
  online: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
  /** Drawer sensor via the printer (null when unknown). */
  drawerOpen: boolean | null;
}

export interface PrintResult {
  /** Bytes sent to the printer. */
  bytes: number;
  drawerOpened: boolean;
}

export type TerminalOutcome = 'approved' | 'declined' | 'aborted' | 'timeout';

/** Outcome of a completed terminal dialogue. Declines and aborts are values (ok), not errors. */
export interface TerminalResult {
  approved: boolean;
  outcome: TerminalOutcome;
  amount: number;
  currency: string;
  /** ZVT result code (0 = success), e.g. 0x05 declined, 0x6C aborted. */
  resultCode: number;
  message: string;
  receiptNumber: number | null;
  traceNumber: number | null;
  terminalId: string | null;
  authCode: string | null;
  cardName: string | null;
  maskedPan: string | null;
  /** Slip lines the terminal sent for the customer copy (print on the receipt). */
  receiptLines: string[];
  /** Slip lines for the merchant copy, when the terminal sent them. */
  merchantLines: string[];
  /**
   * Refunds and reversals asked with `printSlip: true`, and reversals made by terminal:resolve-pending /
   * resolve-payment: the hardware layer printed the terminal's slip (customer and merchant copy) itself — do
   * not print these lines again. Absent when not asked or the terminal sent no lines; false with `slipError`
   * when printing failed or no printer is set up (the money movement stands).
   */
  slipPrinted?: boolean;
  slipError?: string;
}

export interface EndOfDayResult {
  success: boolean;
  totalAmount: number | null;
  message: string;
  receiptLines: string[];
}

export type PendingResolution = 'not_charged' | 'reversed' | 'approved_kept' | 'unknown';

export interface ResolvedPayment {
  paymentId: string;
  amount: number;
  /** not_charged: nothing was taken; reversed: a charge was found and reversed; unknown: terminal unreachable, still pending. */
  resolution: PendingResolution;
  message: string;
}

/** A stable weight from the scale; net = gross − tare, always > 0 (else an error value). */
export interface ScaleWeight {
  grossGrams: number;
  tareGrams: number;
  netGrams: number;
  /** The price the scale computed and showed (Dialog 06 only), minor units. */
  scalePrice?: number;
}

/**
 * What a device test found, as a stable code the till words in its own language (its catalog's
 * hwtest.*): a DEVICE_TEST_CODES entry, or the AppError code of the failure. `message` is the
 * service's or the device's own (English) words, for logs.
 */
export const DEVICE_TEST_CODES = [
  'printed',
  'drawer_opened',
  'terminal_registered',
  'terminal_refused',
  'display_shown',
  'scanner_open',
  'scanner_not_connected',
] as const;

export interface DeviceTestResult {
  device: HardwareDevice;
  success: boolean;
  message: string;
  /** absent from hardware services older than the code (a bridge PC not yet updated) */
  code?: string;
}

export interface SerialPortInfo {
  path: string;
  manufacturer: string | null;
}

export interface HardwareResults {
  'printer:print-receipt': PrintResult;
  'printer:print-document': PrintResult;
  'printer:status': PrinterStatus;
  'drawer:open': { opened: true };
  'terminal:authorize': TerminalResult;
  'terminal:abort': { sent: boolean };
  'terminal:reverse': TerminalResult;
  'terminal:refund': TerminalResult;
  'terminal:end-of-day': EndOfDayResult;
  'terminal:resolve-pending': { resolved: ResolvedPayment[] };
  'terminal:resolve-payment': { resolved: ResolvedPayment };
  'display:show': { lines: [string, string] };
  'scanner:status': { configured: boolean; connected: boolean };
  'scale:read-weight': ScaleWeight;
  'hardware:get-config': HardwareConfig;
  'hardware:set-config': HardwareConfig;
  'hardware:test-device': DeviceTestResult;
  'hardware:list-ports': { ports: SerialPortInfo[] };
  /** This machine's IP addresses (for the LAN bridge setting), loopback first. */
  'hardware:list-addresses': { addresses: { address: string; interface: string }[] };
}

/** The whole contract: one async handler per channel, errors as values. */
export type HardwareApi = {
  [K in HardwareChannel]: (args: HardwareArgs<K>) => Promise<Result<HardwareResults[K]>>;
};

// ---------------------------------------------------------------- push events (main/bridge → till)

export interface HardwareEvents {
  /** A serial scanner read a code. */
  'scanner:scan': { code: string; at: string };
  /** Printer status changed (paper out, cover open, offline). */
  'printer:status': PrinterStatus;
  /** Terminal intermediate status (04 FF), e.g. "Insert card", "PIN entry". */
  'terminal:status': { paymentId: string | null; message: string };
}
export type HardwareEventName = keyof HardwareEvents;
export const HARDWARE_EVENT_NAMES: HardwareEventName[] = ['scanner:scan', 'printer:status', 'terminal:status'];

// ---------------------------------------------------------------- the till's view of the contract

/** What the till holds: typed `send(channel, args)` plus push events (implemented in renderer/hardware/). */
export interface HardwareClient {
  send<K extends HardwareChannel>(channel: K, args: HardwareArgs<K>): Promise<Result<HardwareResults[K]>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends HardwareEventName>(event: E, listener: (payload: HardwareEvents[E]) => void): () => void;
  close(): void;
}

/** What Electron's preload puts on `window.pos`: one function per channel plus `on` for push events. */
export type PosPreloadApi = HardwareApi & {
  on<E extends HardwareEventName>(event: E, listener: (payload: HardwareEvents[E]) => void): () => void;
};

/** Error codes the hardware layer returns (AppError.code). */
export const HARDWARE_ERROR_CODES = [
  'invalid_args', // arguments failed the channel's schema
  'unknown_channel',
  'not_configured', // device has no URI in the settings
  'device_unreachable', // could not open the port / connect
  'device_disconnected', // the port closed mid-job
  'device_timeout', // no answer in time
  'printer_not_ready', // paper out / cover open
  'protocol_error', // malformed bytes from the device
  'terminal_busy', // another terminal dialogue is running
  'terminal_rejected', // the terminal refused the command (84 xx)
  'not_found', // terminal:resolve-payment for a payment the journal does not know
  'scale_unstable', // the weight did not settle in time
  'scale_out_of_range', // over capacity, under zero
  'scale_empty', // nothing (or only the tare) on the scale
  'outcome_unknown', // a payment may have been charged: resolve with terminal:resolve-pending
  'unauthorized', // bridge token missing or wrong
  'bridge_unreachable', // the browser till cannot reach the hardware bridge
  'forbidden_sender', // IPC from an unexpected frame
  'internal',
] as const;
export type HardwareErrorCode = (typeof HARDWARE_ERROR_CODES)[number];

export function isHardwareChannel(value: unknown): value is HardwareChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(hardwareArgSchemas, value);
}

/** Validates a channel's arguments; both IPC and the bridge call this at their edge. */
export function validateHardwareArgs<K extends HardwareChannel>(channel: K, args: unknown): Result<HardwareArgs<K>> {
  const schema: TSchema = hardwareArgSchemas[channel];
  const value = args === undefined ? {} : args;
  if (Value.Check(schema, value)) return ok(value as HardwareArgs<K>);
  const first = [...Value.Errors(schema, value)].slice(0, 5);
  const details = first.map((e) => `${e.instancePath || '/'} ${e.message}`);
  return err('invalid_args', `invalid arguments for ${channel}: ${details[0] ?? 'schema mismatch'}`, { errors: details });
}
