import type { Locale } from "./locale";
// One JSON file per namespace and locale (messages/<locale>/<namespace>.json). To add a namespace: create both
// files, import them here and list them in EN and FR; messages.test.ts fails on any file not listed and on any
// key present in one language only.
import enAdvisor from "../../messages/en/advisor.json";
import enAssumptions from "../../messages/en/assumptions.json";
import enCanvas from "../../messages/en/canvas.json";
import enCharts from "../../messages/en/charts.json";
import enConflict from "../../messages/en/conflict.json";
import enCommon from "../../messages/en/common.json";
import enCustomer from "../../messages/en/customer.json";
import enDashboard from "../../messages/en/dashboard.json";
import enEditor from "../../messages/en/editor.json";
import enEstimateAssumptions from "../../messages/en/estimateAssumptions.json";
import enExport from "../../messages/en/export.json";
import enFindings from "../../messages/en/findings.json";
import enFindingsUi from "../../messages/en/findingsUi.json";
import enHome from "../../messages/en/home.json";
import enInspector from "../../messages/en/inspector.json";
import enNodeMetrics from "../../messages/en/nodeMetrics.json";
import enNotices from "../../messages/en/notices.json";
import enPalette from "../../messages/en/palette.json";
import enPlanErrors from "../../messages/en/planErrors.json";
import enPlans from "../../messages/en/plans.json";
import enPlanTitle from "../../messages/en/planTitle.json";
import enProposal from "../../messages/en/proposal.json";
import enScenarios from "../../messages/en/scenarios.json";
import enShare from "../../messages/en/share.json";
import enSignIn from "../../messages/en/signIn.json";
import enVersions from "../../messages/en/versions.json";
import frAdvisor from "../../messages/fr/advisor.json";
import frAssumptions from "../../messages/fr/assumptions.json";
import frCanvas from "../../messages/fr/canvas.json";
import frCharts from "../../messages/fr/charts.json";
import frConflict from "../../messages/fr/conflict.json";
import frCommon from "../../messages/fr/common.json";
import frCustomer from "../../messages/fr/customer.json";
import frDashboard from "../../messages/fr/dashboard.json";
import frEditor from "../../messages/fr/editor.json";
import frEstimateAssumptions from "../../messages/fr/estimateAssumptions.json";
import frExport from "../../messages/fr/export.json";
import frFindings from "../../messages/fr/findings.json";
import frFindingsUi from "../../messages/fr/findingsUi.json";
import frHome from "../../messages/fr/home.json";
import frInspector from "../../messages/fr/inspector.json";
import frNodeMetrics from "../../messages/fr/nodeMetrics.json";
import frNotices from "../../messages/fr/notices.json";
import frPalette from "../../messages/fr/palette.json";
import frPlanErrors from "../../messages/fr/planErrors.json";
import frPlans from "../../messages/fr/plans.json";
import frPlanTitle from "../../messages/fr/planTitle.json";
import frProposal from "../../messages/fr/proposal.json";
import frScenarios from "../../messages/fr/scenarios.json";
import frShare from "../../messages/fr/share.json";
import frSignIn from "../../messages/fr/signIn.json";
import frVersions from "../../messages/fr/versions.json";

const EN = {
  advisor: enAdvisor,
  assumptions: enAssumptions,
  canvas: enCanvas,
  charts: enCharts,
  common: enCommon,
  conflict: enConflict,
  customer: enCustomer,
  dashboard: enDashboard,
  editor: enEditor,
  estimateAssumptions: enEstimateAssumptions,
  export: enExport,
  findings: enFindings,
  findingsUi: enFindingsUi,
  home: enHome,
  inspector: enInspector,
  nodeMetrics: enNodeMetrics,
  notices: enNotices,
  palette: enPalette,
  planErrors: enPlanErrors,
  plans: enPlans,
  planTitle: enPlanTitle,
  proposal: enProposal,
  scenarios: enScenarios,
  share: enShare,
  signIn: enSignIn,
  versions: enVersions,
};

/** English is the reference: French must have the same namespaces (and, checked by the test, the same keys). */
const FR: Record<keyof typeof EN, unknown> = {
  advisor: frAdvisor,
  assumptions: frAssumptions,
  canvas: frCanvas,
  charts: frCharts,
  common: frCommon,
  conflict: frConflict,
  customer: frCustomer,
  dashboard: frDashboard,
  editor: frEditor,
  estimateAssumptions: frEstimateAssumptions,
  export: frExport,
  findings: frFindings,
  findingsUi: frFindingsUi,
  home: frHome,
  inspector: frInspector,
  nodeMetrics: frNodeMetrics,
  notices: frNotices,
  palette: frPalette,
  planErrors: frPlanErrors,
  plans: frPlans,
  planTitle: frPlanTitle,
  proposal: frProposal,
  scenarios: frScenarios,
  share: frShare,
  signIn: frSignIn,
  versions: frVersions,
};

export type Messages = typeof EN;
export type Namespace = keyof Messages;

/** Every namespace of every locale, merged: what next-intl's provider and createTranslator take. */
export const MESSAGES: Record<Locale, Messages> = { en: EN, fr: FR as Messages };

export const NAMESPACES = Object.keys(EN) as Namespace[];

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
