import '@testing-library/jest-dom';
import os from 'node:os';
import path from 'node:path';

// Unit tests never open a developer's own workspace: the store's own tests pass theirs explicitly.
process.env.WORKSPACE_DIR = path.join(os.tmpdir(), `no-workspace-${process.pid}`);
delete process.env.DATABASE_URL;
