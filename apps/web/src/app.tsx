import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RequireAuth } from './layout/require-auth.tsx';
import { HomeRedirect } from './pages/common/home-redirect.tsx';
import { NotFoundPage } from './pages/common/not-found-page.tsx';
import { RegionRedirect } from './pages/common/region-redirect.tsx';
import { CptsPage } from './pages/cpts/cpts-page.tsx';
import { DirectoryImportPage } from './pages/directory/directory-import-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { ObservatoryPage } from './pages/observatory/observatory-page.tsx';
import { PipelinePage } from './pages/pipeline/pipeline-page.tsx';
import { PlansPage } from './pages/plans/plans-page.tsx';
import { ReferentialPage } from './pages/referential/referential-page.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/connexion" element={<LoginPage />} />
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
          <Route path="/cpts/:id" element={<CptsPage />} />
          <Route path="/referentiel" element={<ReferentialPage />} />
          <Route path="/annuaire/imports" element={<DirectoryImportPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
