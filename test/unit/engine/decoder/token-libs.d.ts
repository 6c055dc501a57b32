/** The two token libraries the decoder tests make real tokens with ship no types of their own. */
declare module 'fernet' {
  interface FernetToken {
    encode(message: string): string;
  }
  const fernet: {
    Secret: new (base64Key: string) => object;
    Token: new (opts: {
      secret: object;
      time?: string;
      iv?: number[];
      ttl?: number;
    }) => FernetToken;
  };
  export default fernet;
}

declare module 'branca' {
  interface Branca {
    encode(message: string, timestamp?: number): string;
    decode(token: string, ttl?: number): Uint8Array;
  }
  export default function branca(key: Uint8Array | string): Branca;
}
