// The same page rendered on every request by `next start` (the page at / is prerendered by `next build`).
export { default } from '../page';

export const dynamic = 'force-dynamic';
