"""evidence files

Revision ID: 0170_files
Revises: 0160_search_payouts
Create Date: 2026-12-02 06:30:00.000000
"""
from alembic import op
import sqlalchemy as sa

from shared.files import IMMUTABLE_DDL

revision = '0170_files'
down_revision = '0160_search_payouts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # documents and photos attached to cases (issue 16): bytes here, their SHA-256 also in the audit chain
    op.create_table('files',
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('owner_kind', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=False),
    sa.Column('case_id', sa.UUID(), nullable=True),
    sa.Column('court_code', sa.String(length=20), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('uploaded_by', sa.String(length=200), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_files')),
    sa.UniqueConstraint('seq', name=op.f('uq_files_seq'))
    )
    op.create_index('ix_files_owner', 'files', ['owner_kind', 'owner_id', 'seq'], unique=False)
    for ddl in IMMUTABLE_DDL:  # evidence is never updated or deleted
        op.execute(ddl)


def downgrade() -> None:
    op.drop_index('ix_files_owner', table_name='files')
    op.drop_table('files')
    op.execute('drop function if exists files_immutable()')
