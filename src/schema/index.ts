export * from './position.js';
export * from './diagnostics.js';
export * from './metadata.js';
export * from './outline.js';
export * from './extraction.js';
export * from './explain.js';
export * from './document.js';
export * from './compare.js';
