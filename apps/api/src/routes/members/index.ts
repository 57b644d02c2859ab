import type { App } from '../../context.js';
import { registerListMembers } from './list-members.js';
import { registerRemoveMember } from './remove-member.js';

export const registerMemberRoutes = (app: App) => {
  registerListMembers(app);
  registerRemoveMember(app);
};
