import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RequireAuth } from './layout/require-auth.tsx';
import { page } from './lib/lazy-page.ts';
import { HomeRedirect } from './pages/common/home-redirect.tsx';
import { NotFoundPage } from './pages/common/not-found-page.tsx';
import { RegionRedirect } from './pages/common/region-redirect.tsx';

const SessionsPage = page(() => import('./pages/account/sessions-page.tsx'), 'SessionsPage');
const AciReferencePage = page(() => import('./pages/aci/aci-reference-page.tsx'), 'AciReferencePage');
const AssembliesPage = page(() => import('./pages/association/assemblies/assemblies-page.tsx'), 'AssembliesPage');
const AssemblyPage = page(() => import('./pages/association/assemblies/assembly-page.tsx'), 'AssemblyPage');
const GovernancePage = page(() => import('./pages/association/governance/governance-page.tsx'), 'GovernancePage');
const MembersPage = page(() => import('./pages/association/members/members-page.tsx'), 'MembersPage');
const AuditPage = page(() => import('./pages/audit/audit-page.tsx'), 'AuditPage');
const AssessmentPage = page(() => import('./pages/contract/assessment-page.tsx'), 'AssessmentPage');
const ContractPage = page(() => import('./pages/contract/contract-page.tsx'), 'ContractPage');
const CptsPage = page(() => import('./pages/cpts/cpts-page.tsx'), 'CptsPage');
const DiagnosticPage = page(() => import('./pages/diagnostic/diagnostic-page.tsx'), 'DiagnosticPage');
const DraftDiagnosticPage = page(() => import('./pages/diagnostic/draft-diagnostic-page.tsx'), 'DraftDiagnosticPage');
const DirectoryImportPage = page(() => import('./pages/directory/directory-import-page.tsx'), 'DirectoryImportPage');
const EngagementPage = page(() => import('./pages/engagement/engagement-page.tsx'), 'EngagementPage');
const FinancingPage = page(() => import('./pages/financing/financing-page.tsx'), 'FinancingPage');
const LoginPage = page(() => import('./pages/login/login-page.tsx'), 'LoginPage');
const MySlotsPage = page(() => import('./pages/slots/my-slots-page.tsx'), 'MySlotsPage');
const OfferPage = page(() => import('./pages/slots/offer-page.tsx'), 'OfferPage');
const RotaPage = page(() => import('./pages/slots/rota-page.tsx'), 'RotaPage');
const GpPage = page(() => import('./pages/mt-matching/gp-page.tsx'), 'GpPage');
const ProRequestsPage = page(() => import('./pages/pro-requests/pro-requests-page.tsx'), 'ProRequestsPage');
const SpecialistRequestsPage = page(() => import('./pages/specialist-requests/specialist-requests-page.tsx'), 'SpecialistRequestsPage');
const TeamProRequestsPage = page(() => import('./pages/pro-requests/team-pro-requests-page.tsx'), 'TeamProRequestsPage');
const MatchingPage = page(() => import('./pages/mt-matching/matching-page.tsx'), 'MatchingPage');
const RegionIndicatorsPage = page(() => import('./pages/mt-matching/region-indicators-page.tsx'), 'RegionIndicatorsPage');
const DeskPage = page(() => import('./pages/mt-requests/desk-page.tsx'), 'DeskPage');
const OutboxPage = page(() => import('./pages/mt-requests/outbox-page.tsx'), 'OutboxPage');
const PublicRequestPage = page(() => import('./pages/mt-requests/public-request-page.tsx'), 'PublicRequestPage');
const PublicStatusPage = page(() => import('./pages/mt-requests/public-status-page.tsx'), 'PublicStatusPage');
const ObservatoryPage = page(() => import('./pages/observatory/observatory-page.tsx'), 'ObservatoryPage');
const PipelinePage = page(() => import('./pages/pipeline/pipeline-page.tsx'), 'PipelinePage');
const PlansPage = page(() => import('./pages/plans/plans-page.tsx'), 'PlansPage');
const PortalPage = page(() => import('./pages/portal/portal-page.tsx'), 'PortalPage');
const ProposalsPage = page(() => import('./pages/proposals/proposals-page.tsx'), 'ProposalsPage');
const RegulationPage = page(() => import('./pages/regulation/regulation-page.tsx'), 'RegulationPage');
const ProfessionalBookingsPage = page(() => import('./pages/regulation/professional-bookings-page.tsx'), 'ProfessionalBookingsPage');
const SlotUsePage = page(() => import('./pages/slot-use/slot-use-page.tsx'), 'SlotUsePage');
const ReferentialPage = page(() => import('./pages/referential/referential-page.tsx'), 'ReferentialPage');
const RegistryImportPage = page(() => import('./pages/registry/registry-import-page.tsx'), 'RegistryImportPage');

export function App() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/connexion" element={<LoginPage />} />
        <Route path="/medecin-traitant" element={<PublicRequestPage />} />
        <Route path="/medecin-traitant/suivi" element={<PublicStatusPage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/observatoire" element={<RegionRedirect base="/observatoire" title="Observatoire" />} />
          <Route path="/observatoire/:region" element={<ObservatoryPage />} />
          <Route path="/pipeline" element={<RegionRedirect base="/pipeline" title="Pipeline des CPTS" />} />
          <Route path="/pipeline/:region" element={<PipelinePage />} />
          <Route path="/plans" element={<RegionRedirect base="/plans" title="Plans 100 % CPTS" />} />
          <Route path="/plans/:region" element={<PlansPage />} />
          <Route path="/propositions" element={<RegionRedirect base="/propositions" title="Propositions de territoire" />} />
          <Route path="/propositions/:region" element={<ProposalsPage />} />
          <Route path="/cpts/:id" element={<CptsPage />} />
          <Route path="/cpts/:id/contrat" element={<ContractPage />} />
          <Route path="/cpts/:id/contrat/bilan/:year" element={<AssessmentPage />} />
          <Route path="/cpts/:id/adherents" element={<MembersPage />} />
          <Route path="/cpts/:id/gouvernance" element={<GovernancePage />} />
          <Route path="/cpts/:id/assemblees" element={<AssembliesPage />} />
          <Route path="/cpts/:id/assemblees/:assemblyId" element={<AssemblyPage />} />
          <Route path="/cpts/:id/diagnostic" element={<DiagnosticPage />} />
          <Route path="/cpts/:id/engagement" element={<EngagementPage />} />
          <Route path="/cpts/:id/medecin-traitant" element={<DeskPage />} />
          <Route path="/cpts/:id/appariement" element={<MatchingPage />} />
          <Route path="/medecin/nouveaux-patients" element={<GpPage />} />
          <Route path="/demandes" element={<ProRequestsPage />} />
          <Route path="/avis-specialises" element={<SpecialistRequestsPage />} />
          <Route path="/cpts/:id/demandes" element={<TeamProRequestsPage />} />
          <Route path="/creneaux" element={<MySlotsPage />} />
          <Route path="/cpts/:id/creneaux" element={<OfferPage />} />
          <Route path="/cpts/:id/garde" element={<RotaPage />} />
          <Route path="/regulation" element={<RegulationPage />} />
          <Route path="/creneaux/rendez-vous" element={<ProfessionalBookingsPage />} />
          <Route path="/cpts/:id/usage-creneaux" element={<SlotUsePage />} />
          <Route
            path="/medecin-traitant-indicateurs"
            element={<RegionRedirect base="/medecin-traitant-indicateurs" title="Médecin traitant : listes d’attente" />}
          />
          <Route path="/medecin-traitant-indicateurs/:region" element={<RegionIndicatorsPage />} />
          <Route path="/boite-envoi" element={<OutboxPage />} />
          <Route path="/diagnostic" element={<DraftDiagnosticPage />} />
          <Route path="/referentiel" element={<ReferentialPage />} />
          <Route path="/referentiel-aci" element={<AciReferencePage />} />
          <Route path="/portail" element={<PortalPage />} />
          <Route path="/annuaire/imports" element={<DirectoryImportPage />} />
          <Route path="/registre/import" element={<RegistryImportPage />} />
          <Route path="/financement" element={<FinancingPage />} />
          <Route path="/journal-audit" element={<AuditPage />} />
          <Route path="/compte/sessions" element={<SessionsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
