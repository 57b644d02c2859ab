import type { Target } from '@mandate/core';
import { error, fail, redirect } from '@sveltejs/kit';
import { caseHref, readMfa } from '$lib/paths';
import { readRemembered, remember } from '$lib/server/recent-approvals';
import {
  type Approval,
  askApproval,
  assess,
  getApproval,
  listServices,
  perform,
  type Result,
  type Service,
} from '$lib/server/support';
import { readTarget, targetQuery } from '$lib/target';
import type { Actions, PageServerLoad } from './$types';

const sameTarget = (a: Target, b: Target) =>
  a.section === b.section &&
  (a.project ?? null) === (b.project ?? null) &&
  (a.server ?? null) === (b.server ?? null);

export const load: PageServerLoad = async ({ locals, params, url, cookies }) => {
  const target = readTarget(url.searchParams);
  if (!target) error(404, { message: 'Unknown section or place.' });
  const token = locals.token ?? '';
  const mfa = readMfa(url);
  // The assessment of this one cell (audited by the API, R43): it decides what this page offers.
  const assessed = await assess(token, params.org, params.user, mfa, target);
  if (!assessed.ok)
    error(assessed.status >= 500 ? 503 : assessed.status, { message: assessed.detail });
  const assessment = assessed.data;

  // R15: services are read only where disclosure is allowed; elsewhere nothing is even asked.
  let services: Service[] | null = null;
  if (assessment.disclose && (target.project !== undefined || target.server !== undefined)) {
    const listed = await listServices(token, params.org, params.user, mfa, target);
    services = listed.ok ? listed.data : [];
  }

  const mine = readRemembered(cookies).filter(
    (r) => r.org === params.org && r.user === params.user,
  );
  const approvals: Approval[] = [];
  for (const r of mine) {
    const got = await getApproval(token, params.org, r.id);
    if (got.ok && sameTarget(got.data.target, target)) approvals.push(got.data);
  }
  return { target, assessment, services, approvals };
};

const fields = async (request: Request) => {
  const form = await request.formData();
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  return get;
};

/** What the agent typed comes back with every refusal, so nothing has to be typed again. */
type Typed = { name?: string | undefined; reason?: string | undefined };

const refused = (r: Extract<Result<unknown>, { ok: false }>, action: string, typed: Typed) =>
  fail(r.status >= 500 ? 503 : r.status === 404 ? 404 : 400, {
    action,
    error: r.code,
    detail: r.detail,
    ...typed,
  });

export const actions: Actions = {
  /** R40: view, create and update only; there is no delete action at all. */
  perform: async ({ request, locals, params, url }) => {
    const target = readTarget(url.searchParams);
    if (!target) return fail(404, { action: 'perform', error: 'not_found', detail: '' });
    const get = await fields(request);
    const action = get('action');
    if (action !== 'view' && action !== 'create' && action !== 'update') {
      return fail(400, { action: 'perform', error: 'bad_action', detail: '' });
    }
    const name = get('name');
    const serviceId = get('serviceId');
    const approvalId = get('approvalId');
    if (action === 'create' && !name)
      return fail(400, { action, error: 'name_required', detail: '', name });
    if (action !== 'create' && !serviceId)
      return fail(400, { action, error: 'service_required', detail: '', name });
    const result = await perform(locals.token ?? '', params.org, {
      user: params.user,
      mfa: readMfa(url),
      target,
      action,
      ...(serviceId ? { serviceId } : {}),
      ...(action !== 'view' && name ? { changes: { name } } : {}),
      ...(approvalId ? { approvalId } : {}),
    });
    if (!result.ok) return refused(result, action, { name });
    return { action, done: true as const, service: result.data.service };
  },

  /** R41: ask the owner; the agent is taken to the request's live state. */
  ask: async ({ request, locals, params, url, cookies }) => {
    const target = readTarget(url.searchParams);
    if (!target) return fail(404, { action: 'ask', error: 'not_found', detail: '' });
    const get = await fields(request);
    const action = get('action');
    const reason = get('reason');
    const serviceId = get('serviceId');
    if (action !== 'create' && action !== 'update') {
      return fail(400, { action: 'ask', error: 'bad_action', detail: '', reason });
    }
    if (!reason) return fail(400, { action: 'ask', error: 'reason_required', detail: '' });
    const mfa = readMfa(url);
    const result = await askApproval(locals.token ?? '', params.org, {
      user: params.user,
      mfa,
      target,
      action,
      reason,
      ...(serviceId ? { serviceId } : {}),
    });
    if (!result.ok) return refused(result, 'ask', { reason });
    remember(cookies, url, { id: result.data.id, org: params.org, user: params.user });
    redirect(
      303,
      caseHref(
        params.org,
        params.user,
        mfa,
        `/approvals/${encodeURIComponent(result.data.id)}`,
        targetQuery(target),
      ),
    );
  },
};
