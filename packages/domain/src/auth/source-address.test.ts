import { describe, expect, it } from 'vitest';
import { throttleSource } from './source-address.ts';

describe('throttle source', () => {
  it('counts an IPv4 address as itself', () => {
    expect(throttleSource('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(throttleSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses of one /64 together, however written', () => {
    const a = throttleSource('2001:db8:85a3:12::8a2e:370:7334');
    expect(a).toBe('2001:db8:85a3:12::/64');
    expect(throttleSource('2001:0DB8:85A3:0012:ffff:ffff:ffff:1')).toBe(a);
    expect(throttleSource('2001:db8:85a3:12::1%eth0')).toBe(a);
    expect(throttleSource('2001:db8:85a3:13::1')).not.toBe(a);
    expect(throttleSource('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps anything unparsable as it is', () => {
    expect(throttleSource('1:2:3::4::5')).toBe('1:2:3::4::5');
    expect(throttleSource('unknown')).toBe('unknown');
  });
});
