"""open_day_cases: the cases opened for 执行开放日 and whether their amounts may be shown

Revision ID: 0100_open_day
Revises: 0005_overview
Create Date: 2026-12-02 00:50:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0100_open_day'
down_revision = '0005_overview'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('open_day_cases',
                    sa.Column('case_id', postgresql.UUID(as_uuid=True), nullable=False),
                    sa.Column('court_code', sa.String(length=16), nullable=False),
                    sa.Column('show_amounts', sa.Boolean(), server_default=sa.text('false'), nullable=False),
                    sa.Column('opened_by', sa.String(length=200), nullable=False),
                    sa.Column('opened_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                              nullable=False),
                    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_open_day_cases_case_id_cases')),
                    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_open_day_cases')))
    op.create_index(op.f('ix_open_day_cases_court_code'), 'open_day_cases', ['court_code'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_open_day_cases_court_code'), table_name='open_day_cases')
    op.drop_table('open_day_cases')
