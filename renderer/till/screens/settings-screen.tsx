// Settings: the cloud connection (server, pairing, sync state, rejected mutations), the hardware
// connection (Electron or bridge) and each device's configuration with a "test" button. Hardware saves and
// re-pairing are recorded with the approver the screen was opened with (settings.changed, synced).
import { useState } from 'react';
import { recordSettingsChange } from '../../db/settings-changes';
import { useLocation, useServices } from '../services';
import { ApprovalDialog, needsApproval } from '../components/approval-dialog';
import { useI18n } from '../i18n/use-i18n';
import { useTill } from '../till-store';
import { PairingCard, RejectedCard, type SettingsAudit } from './settings-cloud';
import { HardwareCard } from './settings-hardware';

/**
 * Settings change how the till prints, pays and syncs (and re-pairing moves it to another
 * location): a role that may not open them alone needs a manager's PIN each time they are opened.
 */
export function SettingsScreen() {
  const { db } = useServices();
  const location = useLocation();
  const staff = useTill((s) => s.staff);
  const go = useTill((s) => s.go);
  const { t } = useI18n();
  const [approved, setApproved] = useState(false);
  const [approvedBy, setApprovedBy] = useState<string | null>(null);
  const audit: SettingsAudit = async (kind, detail) => {
    if (!staff) return;
    await recordSettingsChange(db, { kind, detail, staffId: staff.id, approvedBy });
  };
  if (location && staff && !approved && needsApproval(staff.role, 'settings', location.role_permissions)) {
    return (
      <main className="page" data-testid="settings-locked">
        <ApprovalDialog
          db={db}
          action="settings"
          role={staff.role}
          permissions={location.role_permissions}
          title={t('settings.approvalTitle')}
          confirmLabel={t('settings.approvalTitle')}
          confirm={false}
          onClose={() => go('sell')}
          onConfirm={(approver) => {
            setApprovedBy(approver);
            setApproved(true);
          }}
        />
      </main>
    );
  }
  return (
    <main className="page" data-testid="settings-screen">
      <h2>{t('settings.title')}</h2>
      <div className="cards stack">
        <PairingCard audit={audit} />
        <RejectedCard />
        <HardwareCard audit={audit} />
      </div>
    </main>
  );
}
