// ValueReferences: how "$computed.ID" and "a??b" read, for print templates and case.json's fee_amount.
#include "core/cases/value_reference.h"

#include <gtest/gtest.h>

namespace yaosu::cases {
namespace {

TEST(ValueReferences, APathAloneIsOneElementReference) {
  const std::vector<ValueReference> references = ValueReferences("/claims/total");
  ASSERT_EQ(references.size(), 1u);
  EXPECT_FALSE(references[0].computed);
  EXPECT_EQ(references[0].path, "/claims/total");
}

TEST(ValueReferences, AlternativesKeepTheirOrderAndLoseThePrefix) {
  const std::vector<ValueReference> references = ValueReferences("days??$computed.overdue_days??old.days");
  ASSERT_EQ(references.size(), 3u);
  EXPECT_FALSE(references[0].computed);
  EXPECT_EQ(references[0].path, "days");
  EXPECT_TRUE(references[1].computed);
  EXPECT_EQ(references[1].path, "overdue_days");
  EXPECT_FALSE(references[2].computed);
  EXPECT_EQ(references[2].path, "old.days");
}

TEST(ValueReferences, EmptyAlternativesStayEmpty) {  // a template checker reports them; the reader must not drop them
  const std::vector<ValueReference> references = ValueReferences("??$computed.");
  ASSERT_EQ(references.size(), 2u);
  EXPECT_EQ(references[0].path, "");
  EXPECT_TRUE(references[1].computed);
  EXPECT_EQ(references[1].path, "");
}

}  // namespace
}  // namespace yaosu::cases
