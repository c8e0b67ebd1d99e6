/**
 * A hand-made class client for the safety tests: it sends frames the real provider never
 * would (malformed, oversized, forbidden message types) and reports how the socket closed.
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { classSocketUrl } from '../../src/class/serverUrls.ts';

export interface RawSocket {
  readonly ws: WebSocket;
  /** Resolves with the close code once the socket has closed. */
  readonly closed: Promise<number>;
  send(frame: Uint8Array): void;
}

/** Opens a websocket to the class path of `serverUrl`. */
export function openRawSocket(serverUrl: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(classSocketUrl(serverUrl));
    const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
    ws.once('error', reject);
    ws.once('open', () => resolve({ ws, closed, send: (frame) => ws.send(frame) }));
  });
}

/** A Hocuspocus frame: the document name, the message type, then `body`. */
export function frame(
  document: string,
  type: number,
  body: (encoder: encoding.Encoder) => void = () => undefined,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, type);
  body(encoder);
  return encoding.toUint8Array(encoder);
}

/** The authentication frame the provider sends first. */
export const authFrame = (document: string, token: string): Uint8Array =>
  frame(document, 2, (encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, token);
  });
