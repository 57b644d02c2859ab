// `pnpm demo:code`: the demo support agent's TOTP code right now (after `pnpm start` built the API).
const demo = await import('../apps/api/dist/seed/demo.js').catch(() => null);
if (!demo) {
  console.error('Build the API first: pnpm start (or pnpm build).');
  process.exit(1);
}
console.log(demo.demoAgentCode());
