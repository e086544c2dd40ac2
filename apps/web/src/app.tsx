import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RequireAuth } from './layout/require-auth.tsx';
import { SessionsPage } from './pages/account/sessions-page.tsx';
import { AciReferencePage } from './pages/aci/aci-reference-page.tsx';
import { AssembliesPage } from './pages/association/assemblies/assemblies-page.tsx';
import { AssemblyPage } from './pages/association/assemblies/assembly-page.tsx';
import { GovernancePage } from './pages/association/governance/governance-page.tsx';
import { MembersPage } from './pages/association/members/members-page.tsx';
import { AuditPage } from './pages/audit/audit-page.tsx';
import { HomeRedirect } from './pages/common/home-redirect.tsx';
import { NotFoundPage } from './pages/common/not-found-page.tsx';
import { RegionRedirect } from './pages/common/region-redirect.tsx';
import { AssessmentPage } from './pages/contract/assessment-page.tsx';
import { ContractPage } from './pages/contract/contract-page.tsx';
import { CptsPage } from './pages/cpts/cpts-page.tsx';
import { DiagnosticPage } from './pages/diagnostic/diagnostic-page.tsx';
import { DraftDiagnosticPage } from './pages/diagnostic/draft-diagnostic-page.tsx';
import { DirectoryImportPage } from './pages/directory/directory-import-page.tsx';
import { EngagementPage } from './pages/engagement/engagement-page.tsx';
import { FinancingPage } from './pages/financing/financing-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { GpPage } from './pages/mt-matching/gp-page.tsx';
import { MatchingPage } from './pages/mt-matching/matching-page.tsx';
import { RegionIndicatorsPage } from './pages/mt-matching/region-indicators-page.tsx';
import { DeskPage } from './pages/mt-requests/desk-page.tsx';
import { OutboxPage } from './pages/mt-requests/outbox-page.tsx';
import { PublicRequestPage } from './pages/mt-requests/public-request-page.tsx';
import { PublicStatusPage } from './pages/mt-requests/public-status-page.tsx';
import { ObservatoryPage } from './pages/observatory/observatory-page.tsx';
import { PipelinePage } from './pages/pipeline/pipeline-page.tsx';
import { PlansPage } from './pages/plans/plans-page.tsx';
import { PortalPage } from './pages/portal/portal-page.tsx';
import { ProposalsPage } from './pages/proposals/proposals-page.tsx';
import { ReferentialPage } from './pages/referential/referential-page.tsx';
import { RegistryImportPage } from './pages/registry/registry-import-page.tsx';

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
