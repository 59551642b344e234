import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AppShell } from './app-shell';
import { PageLoading } from '../ui/progress';

// One chunk per page: the first page only loads what it shows.
const LandingPage = lazy(() => import('../features/tenants/landing-page'));
const LoginPage = lazy(() => import('../features/auth/login-page'));
const ForgotPasswordPage = lazy(() => import('../features/auth/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('../features/auth/reset-password-page'));
const PlatformTenantsPage = lazy(() => import('../features/tenants/platform-tenants-page'));
const TenantLayout = lazy(() => import('../features/tenants/tenant-layout'));
const TenantHomePage = lazy(() => import('../features/tenants/tenant-home-page'));
const InvitationPage = lazy(() => import('../features/auth/invitation-page'));
const SpaceLayout = lazy(() => import('../features/space/space-layout'));
const SpaceHomePage = lazy(() => import('../features/space/space-home-page'));
const MembersPage = lazy(() => import('../features/members/members-page'));
const ConfigurationPage = lazy(() => import('../features/configuration/configuration-page'));
const ProfilePage = lazy(() => import('../features/auth/profile-page'));
const IndicatorsPage = lazy(() => import('../features/indicators/indicators-page'));
const IndicatorPage = lazy(() => import('../features/indicators/indicator-page'));
const IndicatorImportPage = lazy(() => import('../features/indicators/import-page'));
const AssessmentHomePage = lazy(() => import('../features/assessment/assessment-home-page'));
const AssessmentPage = lazy(() => import('../features/assessment/assessment-page'));
const ReferentialsPage = lazy(() => import('../features/assessment/referentials-page'));
const DirectoryPage = lazy(() => import('../features/community/directory-page'));
const MyOrganisationsPage = lazy(() => import('../features/community/my-organisations-page'));
const OrganisationImportPage = lazy(() => import('../features/community/organisation-import-page'));
const CoalitionsPage = lazy(() => import('../features/community/coalitions-page'));
const CoalitionPage = lazy(() => import('../features/community/coalition-page'));
const CommitmentsPage = lazy(() => import('../features/community/commitments-page'));
const CommitmentPage = lazy(() => import('../features/community/commitment-page'));
const ActionPage = lazy(() => import('../features/community/action-page'));
const OverviewPage = lazy(() => import('../features/community/overview-page'));
const PublicCoalitionPage = lazy(() => import('../features/community/public-coalition-page'));
const PublicCommitmentPage = lazy(() => import('../features/community/public-commitment-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const TemplatesPage = lazy(() => import('../features/onboarding/templates-page'));
const OnboardingPage = lazy(() => import('../features/onboarding/onboarding-page'));
const OnboardingProgressPage = lazy(() => import('../features/onboarding/onboarding-progress-page'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Lazy page={<LandingPage />} />} />
        <Route path="login" element={<Lazy page={<LoginPage />} />} />
        <Route path="forgot-password" element={<Lazy page={<ForgotPasswordPage />} />} />
        <Route path="reset-password/:token" element={<Lazy page={<ResetPasswordPage />} />} />
        <Route path="plateforme/territoires" element={<Lazy page={<PlatformTenantsPage />} />} />
        <Route path="plateforme/modeles" element={<Lazy page={<TemplatesPage />} />} />
        <Route path="plateforme/mise-en-service" element={<Lazy page={<OnboardingPage />} />} />
        <Route path="plateforme/mise-en-service/:id" element={<Lazy page={<OnboardingProgressPage />} />} />
        <Route path="plateforme/*" element={<Lazy page={<NotFoundPage />} />} />
        <Route path=":slug" element={<Lazy page={<TenantLayout />} />}>
          <Route index element={<Lazy page={<TenantHomePage />} />} />
          <Route path="login" element={<Lazy page={<LoginPage />} />} />
          <Route path="invitation/:token" element={<Lazy page={<InvitationPage />} />} />
          <Route path="coalitions/:id" element={<Lazy page={<PublicCoalitionPage />} />} />
          <Route path="engagements/:id" element={<Lazy page={<PublicCommitmentPage />} />} />
          <Route path="espace" element={<Lazy page={<SpaceLayout />} />}>
            <Route index element={<Lazy page={<SpaceHomePage />} />} />
            <Route path="membres" element={<Lazy page={<MembersPage />} />} />
            <Route path="configuration" element={<Lazy page={<ConfigurationPage />} />} />
            <Route path="profil" element={<Lazy page={<ProfilePage />} />} />
            <Route path="indicateurs" element={<Lazy page={<IndicatorsPage />} />} />
            <Route path="indicateurs/import" element={<Lazy page={<IndicatorImportPage />} />} />
            <Route path="indicateurs/:code" element={<Lazy page={<IndicatorPage />} />} />
            <Route path="auto-evaluation" element={<Lazy page={<AssessmentHomePage />} />} />
            <Route path="auto-evaluation/referentiels" element={<Lazy page={<ReferentialsPage />} />} />
            <Route path="auto-evaluation/:id" element={<Lazy page={<AssessmentPage />} />} />
            <Route path="annuaire" element={<Lazy page={<DirectoryPage />} />} />
            <Route path="annuaire/mes-organisations" element={<Lazy page={<MyOrganisationsPage />} />} />
            <Route path="annuaire/import" element={<Lazy page={<OrganisationImportPage />} />} />
            <Route path="coalitions" element={<Lazy page={<CoalitionsPage />} />} />
            <Route path="coalitions/:id" element={<Lazy page={<CoalitionPage />} />} />
            <Route path="engagements" element={<Lazy page={<CommitmentsPage />} />} />
            <Route path="engagements/:id" element={<Lazy page={<CommitmentPage />} />} />
            <Route path="actions/:id" element={<Lazy page={<ActionPage />} />} />
            <Route path="vue-d-ensemble" element={<Lazy page={<OverviewPage />} />} />
            <Route path="*" element={<Lazy page={<NotFoundPage />} />} />
          </Route>
          <Route path="*" element={<Lazy page={<NotFoundPage />} />} />
        </Route>
        <Route path="*" element={<Lazy page={<NotFoundPage />} />} />
      </Route>
    </Routes>
  );
}

function Lazy(props: { page: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{props.page}</Suspense>;
}
