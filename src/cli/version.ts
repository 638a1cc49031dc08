// Replaced with package.json's version by the build (scripts/build.mjs).
declare const __NEWS_PARSE_VERSION__: string | undefined;

export const version: string = typeof __NEWS_PARSE_VERSION__ === 'string' ? __NEWS_PARSE_VERSION__ : '0.0.0-dev';
