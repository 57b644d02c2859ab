import type { App } from '../../context.js';
import { registerCreateTeam } from './create-team.js';
import { registerDeleteTeam } from './delete-team.js';
import { registerGetTeam } from './get-team.js';
import { registerListTeams } from './list-teams.js';
import { registerRenameTeam } from './rename-team.js';
import { registerTeamMembers } from './team-members.js';

export const registerTeamRoutes = (app: App) => {
  registerListTeams(app);
  registerCreateTeam(app);
  registerGetTeam(app);
  registerRenameTeam(app);
  registerDeleteTeam(app);
  registerTeamMembers(app);
};
