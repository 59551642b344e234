import type { MailMessage } from '@alliance/platform';

const ROLE_LABELS: Record<string, string> = {
  admin: 'administrateur',
  animator: 'animateur',
  member: 'membre',
  expert: 'intervenant',
  observer: 'observateur',
};

export function invitationMail(args: {
  to: string;
  tenantName: string;
  role: string;
  link: string;
  expiresAt: Date;
}): MailMessage {
  const role = ROLE_LABELS[args.role] ?? args.role;
  const until = args.expiresAt.toLocaleDateString('fr-FR', { dateStyle: 'long' });
  const text =
    `Bonjour,\n\nVous êtes invité(e) à rejoindre ${args.tenantName} sur Alliance en tant que ${role}.\n` +
    `Pour accepter et choisir votre mot de passe, ouvrez ce lien avant le ${until} :\n${args.link}\n\n` +
    `Ce lien ne sert qu’une fois. Si vous n’attendiez pas cette invitation, ignorez ce message.\n`;
  return {
    to: args.to,
    subject: `Invitation à rejoindre ${args.tenantName} sur Alliance`,
    text,
    html: `<p>Bonjour,</p><p>Vous êtes invité(e) à rejoindre <strong>${escapeHtml(args.tenantName)}</strong> sur Alliance en tant que ${role}.</p><p><a href="${args.link}">Accepter l’invitation</a> (avant le ${until}).</p>`,
  };
}

export function passwordResetMail(args: { to: string; link: string }): MailMessage {
  return {
    to: args.to,
    subject: 'Réinitialisation de votre mot de passe Alliance',
    text: `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n${args.link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n`,
    html: `<p>Bonjour,</p><p><a href="${args.link}">Choisir un nouveau mot de passe</a> (valable une heure).</p><p>Si vous n’avez rien demandé, ignorez ce message.</p>`,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
