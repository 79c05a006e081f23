"""seed the 东西辽河 geography: the West Liao River's four provinces and its downstream segments, and the 东辽河

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00

MISSION.md (Article 2) gives the West Liao River's main stream over four provinces and the cooperation with 铁岭
(Liaoning) and 双辽 (Jilin); the article speaks of the 东西辽河. From general geography (not from the article):
the West Liao River (西辽河) flows through 河北, 内蒙古, 吉林 and 辽宁; below 通辽 it passes 双辽市 (吉林, 四平市) and
meets the East Liao River (东辽河) in 昌图县 (辽宁, 铁岭市) at 福德店, where the 辽河 begins. The East Liao River
rises in 东辽县 (吉林, 辽源市) and flows through 梨树县 and 双辽市 (四平市) to 昌图县. Lengths and basin areas that the
source does not give are left empty; the 东辽河's segments are the counties the partners' cases reach, to be
checked against the river chiefs' register. County codes are GB/T 2260.
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

XILIAO_PROVINCES = ["河北省", "内蒙古自治区", "吉林省", "辽宁省"]
COUNTIES = [  # code, name, city, province
    ("220382", "双辽市", "四平市", "吉林省"),
    ("220322", "梨树县", "四平市", "吉林省"),
    ("220422", "东辽县", "辽源市", "吉林省"),
    ("211224", "昌图县", "铁岭市", "辽宁省"),
]
# The West Liao River's segments stay those inside 通辽 (its river chiefs' and 内05检's reach, migration 0003);
# its course below 通辽 (双辽, 昌图) is named by the counties seeded here.
SEGMENTS = [  # river, county, name
    ("dongliao", "220422", "东辽河东辽县段"),
    ("dongliao", "220322", "东辽河梨树县段"),
    ("dongliao", "220382", "东辽河双辽市段"),
    ("dongliao", "211224", "东辽河昌图县段（至福德店与西辽河汇流）"),
]


def upgrade() -> None:
    counties = sa.table("counties", sa.column("code", sa.String), sa.column("name", sa.String),
                        sa.column("city", sa.String), sa.column("province", sa.String))
    rivers = sa.table("rivers", sa.column("code", sa.String), sa.column("name", sa.String),
                      sa.column("main_stream_km", sa.Integer), sa.column("local_km", sa.Integer),
                      sa.column("basin_km2", sa.Integer), sa.column("provinces", JSONB))
    segments = sa.table("river_segments", sa.column("code", sa.String), sa.column("river_code", sa.String),
                        sa.column("county_code", sa.String), sa.column("name", sa.String),
                        sa.column("length_km", sa.Integer))
    op.execute(rivers.update().where(rivers.c.code == "xiliao").values(provinces=XILIAO_PROVINCES))
    op.bulk_insert(counties, [{"code": c, "name": n, "city": city, "province": p} for c, n, city, p in COUNTIES])
    op.bulk_insert(rivers, [{"code": "dongliao", "name": "东辽河", "main_stream_km": None, "local_km": None,
                             "basin_km2": None, "provinces": ["吉林省", "辽宁省"]}])
    op.bulk_insert(segments, [{"code": f"{r}-{c}", "river_code": r, "county_code": c, "name": n, "length_km": None}
                              for r, c, n in SEGMENTS])


def downgrade() -> None:
    op.execute("delete from river_segments where code in ("
               + ", ".join(f"'{r}-{c}'" for r, c, _ in SEGMENTS) + ")")
    op.execute("delete from rivers where code = 'dongliao'")
    op.execute("delete from counties where code in (" + ", ".join(f"'{c}'" for c, *_ in COUNTIES) + ")")
    op.execute("update rivers set provinces = '[]'::jsonb where code = 'xiliao'")
