import type { App } from '../../context.js';
import { registerCreateProject } from './create-project.js';
import { registerListProjects } from './list-projects.js';

export const registerProjectRoutes = (app: App) => {
  registerCreateProject(app);
  registerListProjects(app);
};
