import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { formatDeviceUri, parseDeviceUri } from './device-link';

describe('device URIs', () => {
  it('parses tcp, serial and file URIs with defaults', () => {
    expect(parseDeviceUri('tcp://192.168.1.50:9100')).toEqual({ ok: true, value: { kind: 'tcp', host: '192.168.1.50', port: 9100 } });
    expect(parseDeviceUri('tcp://printer.local', { tcpPort: 9100 })).toEqual({ ok: true, value: { kind: 'tcp', host: 'printer.local', port: 9100 } });
    expect(parseDeviceUri('tcp://[::1]:20007')).toEqual({ ok: true, value: { kind: 'tcp', host: '::1', port: 20007 } });
    expect(parseDeviceUri('serial:/dev/ttyUSB0?baud=19200')).toEqual({ ok: true, value: { kind: 'serial', path: '/dev/ttyUSB0', baud: 19200 } });
    expect(parseDeviceUri('serial:COM3')).toEqual({ ok: true, value: { kind: 'serial', path: 'COM3', baud: 9600 } });
    expect(parseDeviceUri('file:/dev/usb/lp0')).toEqual({ ok: true, value: { kind: 'file', path: '/dev/usb/lp0' } });
    for (const uri of ['tcp://192.168.1.50:9100', 'serial:/dev/ttyUSB0?baud=19200', 'file:/dev/usb/lp0', 'tcp://[::1]:20007']) {
      const parsed = parseDeviceUri(uri);
      expect(parsed.ok && formatDeviceUri(parsed.value)).toBe(uri);
    }
  });

  it('rejects what it cannot use', () => {
    expect(parseDeviceUri('')).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    expect(parseDeviceUri('tcp://host')).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(parseDeviceUri('tcp://host:70000')).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(parseDeviceUri('serial:/dev/ttyS0?baud=fast')).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(parseDeviceUri('usb:0x04b8')).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('lists serial ports as an empty list when udevadm is missing (containers) instead of throwing', async () => {
    const code = `import { listSerialPorts } from './hardware/device-link.ts'; console.log(JSON.stringify(await listSerialPorts()));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: process.cwd(),
      // No udevadm on this PATH: SerialPort.list() fails with "spawn udevadm ENOENT".
      env: { ...process.env, PATH: '/nonexistent' },
    });
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
