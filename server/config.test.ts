import { describe, expect, it } from 'vitest';
import { addressesToOpen } from './addresses.ts';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('listens on port 4173 on every interface by default', () => {
    expect(readConfig({})).toMatchObject({
      port: 4173,
      host: '0.0.0.0',
      trustProxy: false,
      emptyTimeoutMs: 7_200_000,
    });
    expect(readConfig({}).redisUrl).toBeUndefined();
  });

  it('reads PORT, HOST and REDIS_URL, and names a bad value', () => {
    expect(
      readConfig({ PORT: '8080', HOST: '127.0.0.1', REDIS_URL: 'redis://r:6379' }),
    ).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      redisUrl: 'redis://r:6379',
    });
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(
      'PORT=eighty: expected a whole number from 0 to 65535',
    );
    expect(() => readConfig({ REDIS_URL: 'localhost' })).toThrow(
      'REDIS_URL=localhost: expected redis://host:port',
    );
  });
});

describe('addressesToOpen', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    wlan0: [
      { address: '192.168.1.23', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
  } as unknown as Parameters<typeof addressesToOpen>[2];

  it('prints the LAN addresses when listening everywhere', () => {
    expect(addressesToOpen('0.0.0.0', 4173, interfaces)).toEqual({
      local: 'http://localhost:4173/',
      network: ['http://192.168.1.23:4173/'],
    });
  });

  it('prints only localhost when listening on loopback', () => {
    expect(addressesToOpen('127.0.0.1', 5000, interfaces)).toEqual({
      local: 'http://localhost:5000/',
      network: [],
    });
  });
});
