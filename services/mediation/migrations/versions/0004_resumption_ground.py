"""resumption ground (default / anticipatory breach, 和解规定 11(2) with 民法典 578)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 00:10:00.000000
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('settlements', sa.Column('resumption_ground', sa.String(length=24), nullable=True))
    op.add_column('settlements', sa.Column('anticipatory_breach_on', sa.Date(), nullable=True))
    op.add_column('settlements', sa.Column('anticipatory_breach_basis', sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column('settlements', 'anticipatory_breach_basis')
    op.drop_column('settlements', 'anticipatory_breach_on')
    op.drop_column('settlements', 'resumption_ground')
