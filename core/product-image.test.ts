import { describe, expect, it } from 'vitest';
import { sniffProductImageType } from './product-image';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('sniffProductImageType', () => {
  it('tells PNG, JPEG and WebP by their magic numbers', () => {
    expect(sniffProductImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('image/png');
    expect(sniffProductImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe('image/jpeg');
    expect(sniffProductImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBPVP8 ')))).toBe('image/webp');
  });

  it('refuses everything else, however it is labelled', () => {
    expect(sniffProductImageType(bytes())).toBeNull();
    expect(sniffProductImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // cut short
    expect(sniffProductImageType(bytes(...ascii('GIF89a')))).toBeNull();
    expect(sniffProductImageType(bytes(...ascii('<svg xmlns="http://www.w3.org/2000/svg"/>')))).toBeNull();
    expect(sniffProductImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVEfmt ')))).toBeNull();
    expect(sniffProductImageType(bytes(...ascii('%PDF-1.7')))).toBeNull();
  });
});
