"""custody from police, response targets, escalation, duty commanders, sweep notices

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 00:20:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('alarms', sa.Column('target_class', sa.String(length=16), nullable=True))
    op.add_column('alarms', sa.Column('dispatch_due_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('alarms', sa.Column('arrival_due_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('assignments', sa.Column('escalated_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('assignments', sa.Column('escalated_to', sa.String(length=200), nullable=True))
    op.add_column('assignments', sa.Column('escalated_from', sa.String(length=200), nullable=True))
    op.create_table('custody_projection',
    sa.Column('penalty_id', sa.UUID(), nullable=False),
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('court_code', sa.String(length=16), nullable=False),
    sa.Column('police_code', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('facility', sa.Text(), nullable=True),
    sa.Column('handed_over_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('release_kind', sa.String(length=16), nullable=True),
    sa.Column('release_reason', sa.Text(), nullable=True),
    sa.Column('last_event_id', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('penalty_id')
    )
    op.create_table('duty_commanders',
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('seq', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('court_code', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('seq')
    )
    op.create_index('ix_duty_commanders_court_shift', 'duty_commanders', ['court_code', 'starts_at', 'ends_at'],
                    unique=False)
    op.create_table('sweep_notices',
    sa.Column('subject', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('noticed_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('subject', 'kind')
    )


def downgrade() -> None:
    op.drop_table('sweep_notices')
    op.drop_index('ix_duty_commanders_court_shift', table_name='duty_commanders')
    op.drop_table('duty_commanders')
    op.drop_table('custody_projection')
    for c in ('escalated_from', 'escalated_to', 'escalated_at'):
        op.drop_column('assignments', c)
    for c in ('arrival_due_at', 'dispatch_due_at', 'target_class'):
        op.drop_column('alarms', c)
