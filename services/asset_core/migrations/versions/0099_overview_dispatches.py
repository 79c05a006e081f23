"""overview_dispatches: what the overview counted of each dispatch, so a cancelled one is taken back

Revision ID: 0005_overview
Revises: 0005
Create Date: 2026-12-02 00:10:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_overview'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('overview_dispatches',
                    sa.Column('dispatch_id', sa.String(length=64), nullable=False),
                    sa.Column('court_code', sa.String(length=16), nullable=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('officer_count', sa.Integer(), nullable=False),
                    sa.Column('cancelled', sa.Boolean(), server_default='false', nullable=False),
                    sa.PrimaryKeyConstraint('dispatch_id', name=op.f('pk_overview_dispatches')))


def downgrade() -> None:
    op.drop_table('overview_dispatches')
