// amazon-cognito-identity-js pulls in `buffer` 4, which reads Node's `global`; apps bundled with
// Vite define it as the page's global object, as AWS's own Vite instructions say.
globalThis.global ??= globalThis;
