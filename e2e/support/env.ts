export const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 8787);
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);
export const emulatorUrl = `http://127.0.0.1:${EMULATOR_PORT}`;
export const previewUrl = `http://127.0.0.1:${PREVIEW_PORT}`;
export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4175);
export const nginxUrl = `http://127.0.0.1:${NGINX_PORT}`;
