import { OKR_TEMPLATES, TEMPLATE_FUNCTION_NAMES, TEMPLATE_FUNCTIONS, type OkrTemplate, type TemplateFunction } from '../../../domain/okr/coach/templates.js';

export interface TemplatesView {
  readonly functions: { readonly id: TemplateFunction; readonly name: string }[];
  readonly templates: readonly OkrTemplate[];
}

/** The template library, grouped by function, for the "Start from a template" picker. */
export function listOkrTemplates(): TemplatesView {
  return { functions: TEMPLATE_FUNCTIONS.map((id) => ({ id, name: TEMPLATE_FUNCTION_NAMES[id] })), templates: OKR_TEMPLATES };
}
